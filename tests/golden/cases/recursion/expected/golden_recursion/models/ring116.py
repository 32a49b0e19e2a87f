"""Ring116: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring117 import Ring117


class Ring116(ApiModel):
    """Ring116"""

    n: Optional[int] = None
    next: Optional[Ring117] = None


resolve_references(
    Ring116,
    {
        "Ring117": "golden_recursion.models.ring117",
    },
)
