"""Ring001: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring002 import Ring002


class Ring001(ApiModel):
    """Ring001"""

    n: Optional[int] = None
    next: Optional[Ring002] = None


resolve_references(
    Ring001,
    {
        "Ring002": "golden_recursion.models.ring002",
    },
)
