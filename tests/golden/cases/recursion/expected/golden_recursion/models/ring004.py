"""Ring004: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring005 import Ring005


class Ring004(ApiModel):
    """Ring004"""

    n: Optional[int] = None
    next: Optional[Ring005] = None


resolve_references(
    Ring004,
    {
        "Ring005": "golden_recursion.models.ring005",
    },
)
