"""Ring009: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring010 import Ring010


class Ring009(ApiModel):
    """Ring009"""

    n: Optional[int] = None
    next: Optional[Ring010] = None


resolve_references(
    Ring009,
    {
        "Ring010": "golden_recursion.models.ring010",
    },
)
