"""Ring158: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring159 import Ring159


class Ring158(ApiModel):
    """Ring158"""

    n: Optional[int] = None
    next: Optional[Ring159] = None


resolve_references(
    Ring158,
    {
        "Ring159": "golden_recursion.models.ring159",
    },
)
