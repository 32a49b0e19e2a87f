"""Ring000: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring001 import Ring001


class Ring000(ApiModel):
    """Ring000"""

    n: Optional[int] = None
    next: Optional[Ring001] = None


resolve_references(
    Ring000,
    {
        "Ring001": "golden_recursion.models.ring001",
    },
)
