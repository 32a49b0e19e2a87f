"""Ring022: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring023 import Ring023


class Ring022(ApiModel):
    """Ring022"""

    n: Optional[int] = None
    next: Optional[Ring023] = None


resolve_references(
    Ring022,
    {
        "Ring023": "golden_recursion.models.ring023",
    },
)
