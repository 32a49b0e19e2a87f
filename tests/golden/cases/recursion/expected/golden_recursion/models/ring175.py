"""Ring175: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring176 import Ring176


class Ring175(ApiModel):
    """Ring175"""

    n: Optional[int] = None
    next: Optional[Ring176] = None


resolve_references(
    Ring175,
    {
        "Ring176": "golden_recursion.models.ring176",
    },
)
