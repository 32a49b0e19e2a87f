"""Ring005: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring006 import Ring006


class Ring005(ApiModel):
    """Ring005"""

    n: Optional[int] = None
    next: Optional[Ring006] = None


resolve_references(
    Ring005,
    {
        "Ring006": "golden_recursion.models.ring006",
    },
)
