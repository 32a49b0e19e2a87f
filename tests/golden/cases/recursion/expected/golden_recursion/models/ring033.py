"""Ring033: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring034 import Ring034


class Ring033(ApiModel):
    """Ring033"""

    n: Optional[int] = None
    next: Optional[Ring034] = None


resolve_references(
    Ring033,
    {
        "Ring034": "golden_recursion.models.ring034",
    },
)
