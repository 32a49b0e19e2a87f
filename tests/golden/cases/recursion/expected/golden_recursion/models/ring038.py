"""Ring038: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring039 import Ring039


class Ring038(ApiModel):
    """Ring038"""

    n: Optional[int] = None
    next: Optional[Ring039] = None


resolve_references(
    Ring038,
    {
        "Ring039": "golden_recursion.models.ring039",
    },
)
