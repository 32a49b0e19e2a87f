"""Ring025: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring026 import Ring026


class Ring025(ApiModel):
    """Ring025"""

    n: Optional[int] = None
    next: Optional[Ring026] = None


resolve_references(
    Ring025,
    {
        "Ring026": "golden_recursion.models.ring026",
    },
)
