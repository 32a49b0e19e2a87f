"""Ring176: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring177 import Ring177


class Ring176(ApiModel):
    """Ring176"""

    n: Optional[int] = None
    next: Optional[Ring177] = None


resolve_references(
    Ring176,
    {
        "Ring177": "golden_recursion.models.ring177",
    },
)
