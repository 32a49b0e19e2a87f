"""Ring113: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring114 import Ring114


class Ring113(ApiModel):
    """Ring113"""

    n: Optional[int] = None
    next: Optional[Ring114] = None


resolve_references(
    Ring113,
    {
        "Ring114": "golden_recursion.models.ring114",
    },
)
