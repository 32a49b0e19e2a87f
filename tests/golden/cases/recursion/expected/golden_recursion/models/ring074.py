"""Ring074: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring075 import Ring075


class Ring074(ApiModel):
    """Ring074"""

    n: Optional[int] = None
    next: Optional[Ring075] = None


resolve_references(
    Ring074,
    {
        "Ring075": "golden_recursion.models.ring075",
    },
)
