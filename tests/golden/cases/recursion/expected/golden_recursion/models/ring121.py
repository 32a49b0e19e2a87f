"""Ring121: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring122 import Ring122


class Ring121(ApiModel):
    """Ring121"""

    n: Optional[int] = None
    next: Optional[Ring122] = None


resolve_references(
    Ring121,
    {
        "Ring122": "golden_recursion.models.ring122",
    },
)
