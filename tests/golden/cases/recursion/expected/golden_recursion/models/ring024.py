"""Ring024: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring025 import Ring025


class Ring024(ApiModel):
    """Ring024"""

    n: Optional[int] = None
    next: Optional[Ring025] = None


resolve_references(
    Ring024,
    {
        "Ring025": "golden_recursion.models.ring025",
    },
)
