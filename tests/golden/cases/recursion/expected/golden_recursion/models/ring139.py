"""Ring139: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring140 import Ring140


class Ring139(ApiModel):
    """Ring139"""

    n: Optional[int] = None
    next: Optional[Ring140] = None


resolve_references(
    Ring139,
    {
        "Ring140": "golden_recursion.models.ring140",
    },
)
