"""Ring114: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring115 import Ring115


class Ring114(ApiModel):
    """Ring114"""

    n: Optional[int] = None
    next: Optional[Ring115] = None


resolve_references(
    Ring114,
    {
        "Ring115": "golden_recursion.models.ring115",
    },
)
