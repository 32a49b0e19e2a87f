"""Ring140: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring141 import Ring141


class Ring140(ApiModel):
    """Ring140"""

    n: Optional[int] = None
    next: Optional[Ring141] = None


resolve_references(
    Ring140,
    {
        "Ring141": "golden_recursion.models.ring141",
    },
)
