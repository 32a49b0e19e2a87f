"""Ring043: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring044 import Ring044


class Ring043(ApiModel):
    """Ring043"""

    n: Optional[int] = None
    next: Optional[Ring044] = None


resolve_references(
    Ring043,
    {
        "Ring044": "golden_recursion.models.ring044",
    },
)
