"""Ring153: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring154 import Ring154


class Ring153(ApiModel):
    """Ring153"""

    n: Optional[int] = None
    next: Optional[Ring154] = None


resolve_references(
    Ring153,
    {
        "Ring154": "golden_recursion.models.ring154",
    },
)
