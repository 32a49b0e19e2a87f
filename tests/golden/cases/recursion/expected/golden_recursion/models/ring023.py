"""Ring023: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring024 import Ring024


class Ring023(ApiModel):
    """Ring023"""

    n: Optional[int] = None
    next: Optional[Ring024] = None


resolve_references(
    Ring023,
    {
        "Ring024": "golden_recursion.models.ring024",
    },
)
