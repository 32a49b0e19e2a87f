"""Ring178: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring179 import Ring179


class Ring178(ApiModel):
    """Ring178"""

    n: Optional[int] = None
    next: Optional[Ring179] = None


resolve_references(
    Ring178,
    {
        "Ring179": "golden_recursion.models.ring179",
    },
)
