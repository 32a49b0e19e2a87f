"""Ring197: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring198 import Ring198


class Ring197(ApiModel):
    """Ring197"""

    n: Optional[int] = None
    next: Optional[Ring198] = None


resolve_references(
    Ring197,
    {
        "Ring198": "golden_recursion.models.ring198",
    },
)
