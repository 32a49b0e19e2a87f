"""Ring106: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring107 import Ring107


class Ring106(ApiModel):
    """Ring106"""

    n: Optional[int] = None
    next: Optional[Ring107] = None


resolve_references(
    Ring106,
    {
        "Ring107": "golden_recursion.models.ring107",
    },
)
