"""Ring100: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring101 import Ring101


class Ring100(ApiModel):
    """Ring100"""

    n: Optional[int] = None
    next: Optional[Ring101] = None


resolve_references(
    Ring100,
    {
        "Ring101": "golden_recursion.models.ring101",
    },
)
