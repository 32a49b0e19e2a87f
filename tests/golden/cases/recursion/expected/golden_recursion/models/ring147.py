"""Ring147: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring148 import Ring148


class Ring147(ApiModel):
    """Ring147"""

    n: Optional[int] = None
    next: Optional[Ring148] = None


resolve_references(
    Ring147,
    {
        "Ring148": "golden_recursion.models.ring148",
    },
)
