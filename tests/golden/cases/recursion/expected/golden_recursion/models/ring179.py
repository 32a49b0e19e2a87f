"""Ring179: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring180 import Ring180


class Ring179(ApiModel):
    """Ring179"""

    n: Optional[int] = None
    next: Optional[Ring180] = None


resolve_references(
    Ring179,
    {
        "Ring180": "golden_recursion.models.ring180",
    },
)
