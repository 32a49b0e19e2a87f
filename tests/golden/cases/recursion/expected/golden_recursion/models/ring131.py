"""Ring131: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring132 import Ring132


class Ring131(ApiModel):
    """Ring131"""

    n: Optional[int] = None
    next: Optional[Ring132] = None


resolve_references(
    Ring131,
    {
        "Ring132": "golden_recursion.models.ring132",
    },
)
