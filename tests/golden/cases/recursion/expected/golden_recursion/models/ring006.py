"""Ring006: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring007 import Ring007


class Ring006(ApiModel):
    """Ring006"""

    n: Optional[int] = None
    next: Optional[Ring007] = None


resolve_references(
    Ring006,
    {
        "Ring007": "golden_recursion.models.ring007",
    },
)
