"""Ring192: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring193 import Ring193


class Ring192(ApiModel):
    """Ring192"""

    n: Optional[int] = None
    next: Optional[Ring193] = None


resolve_references(
    Ring192,
    {
        "Ring193": "golden_recursion.models.ring193",
    },
)
