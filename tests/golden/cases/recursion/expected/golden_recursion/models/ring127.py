"""Ring127: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring128 import Ring128


class Ring127(ApiModel):
    """Ring127"""

    n: Optional[int] = None
    next: Optional[Ring128] = None


resolve_references(
    Ring127,
    {
        "Ring128": "golden_recursion.models.ring128",
    },
)
