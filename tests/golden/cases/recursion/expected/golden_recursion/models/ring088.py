"""Ring088: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring089 import Ring089


class Ring088(ApiModel):
    """Ring088"""

    n: Optional[int] = None
    next: Optional[Ring089] = None


resolve_references(
    Ring088,
    {
        "Ring089": "golden_recursion.models.ring089",
    },
)
