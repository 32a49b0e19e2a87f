"""Ring172: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring173 import Ring173


class Ring172(ApiModel):
    """Ring172"""

    n: Optional[int] = None
    next: Optional[Ring173] = None


resolve_references(
    Ring172,
    {
        "Ring173": "golden_recursion.models.ring173",
    },
)
