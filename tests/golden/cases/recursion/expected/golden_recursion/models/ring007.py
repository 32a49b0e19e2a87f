"""Ring007: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring008 import Ring008


class Ring007(ApiModel):
    """Ring007"""

    n: Optional[int] = None
    next: Optional[Ring008] = None


resolve_references(
    Ring007,
    {
        "Ring008": "golden_recursion.models.ring008",
    },
)
