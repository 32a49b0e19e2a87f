"""Ring119: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring120 import Ring120


class Ring119(ApiModel):
    """Ring119"""

    n: Optional[int] = None
    next: Optional[Ring120] = None


resolve_references(
    Ring119,
    {
        "Ring120": "golden_recursion.models.ring120",
    },
)
