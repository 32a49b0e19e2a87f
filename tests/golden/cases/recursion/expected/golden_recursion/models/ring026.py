"""Ring026: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring027 import Ring027


class Ring026(ApiModel):
    """Ring026"""

    n: Optional[int] = None
    next: Optional[Ring027] = None


resolve_references(
    Ring026,
    {
        "Ring027": "golden_recursion.models.ring027",
    },
)
