"""Ring087: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring088 import Ring088


class Ring087(ApiModel):
    """Ring087"""

    n: Optional[int] = None
    next: Optional[Ring088] = None


resolve_references(
    Ring087,
    {
        "Ring088": "golden_recursion.models.ring088",
    },
)
