"""Ring177: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring178 import Ring178


class Ring177(ApiModel):
    """Ring177"""

    n: Optional[int] = None
    next: Optional[Ring178] = None


resolve_references(
    Ring177,
    {
        "Ring178": "golden_recursion.models.ring178",
    },
)
