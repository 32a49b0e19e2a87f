"""Ring137: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring138 import Ring138


class Ring137(ApiModel):
    """Ring137"""

    n: Optional[int] = None
    next: Optional[Ring138] = None


resolve_references(
    Ring137,
    {
        "Ring138": "golden_recursion.models.ring138",
    },
)
