"""Ring080: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring081 import Ring081


class Ring080(ApiModel):
    """Ring080"""

    n: Optional[int] = None
    next: Optional[Ring081] = None


resolve_references(
    Ring080,
    {
        "Ring081": "golden_recursion.models.ring081",
    },
)
