"""Ring122: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring123 import Ring123


class Ring122(ApiModel):
    """Ring122"""

    n: Optional[int] = None
    next: Optional[Ring123] = None


resolve_references(
    Ring122,
    {
        "Ring123": "golden_recursion.models.ring123",
    },
)
