"""Ring191: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring192 import Ring192


class Ring191(ApiModel):
    """Ring191"""

    n: Optional[int] = None
    next: Optional[Ring192] = None


resolve_references(
    Ring191,
    {
        "Ring192": "golden_recursion.models.ring192",
    },
)
