"""Ring010: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring011 import Ring011


class Ring010(ApiModel):
    """Ring010"""

    n: Optional[int] = None
    next: Optional[Ring011] = None


resolve_references(
    Ring010,
    {
        "Ring011": "golden_recursion.models.ring011",
    },
)
