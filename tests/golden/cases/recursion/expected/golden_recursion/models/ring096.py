"""Ring096: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring097 import Ring097


class Ring096(ApiModel):
    """Ring096"""

    n: Optional[int] = None
    next: Optional[Ring097] = None


resolve_references(
    Ring096,
    {
        "Ring097": "golden_recursion.models.ring097",
    },
)
