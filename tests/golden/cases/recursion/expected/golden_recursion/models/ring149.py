"""Ring149: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring150 import Ring150


class Ring149(ApiModel):
    """Ring149"""

    n: Optional[int] = None
    next: Optional[Ring150] = None


resolve_references(
    Ring149,
    {
        "Ring150": "golden_recursion.models.ring150",
    },
)
