"""Ring193: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring194 import Ring194


class Ring193(ApiModel):
    """Ring193"""

    n: Optional[int] = None
    next: Optional[Ring194] = None


resolve_references(
    Ring193,
    {
        "Ring194": "golden_recursion.models.ring194",
    },
)
