"""Ring111: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring112 import Ring112


class Ring111(ApiModel):
    """Ring111"""

    n: Optional[int] = None
    next: Optional[Ring112] = None


resolve_references(
    Ring111,
    {
        "Ring112": "golden_recursion.models.ring112",
    },
)
