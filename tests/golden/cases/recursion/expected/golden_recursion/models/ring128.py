"""Ring128: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring129 import Ring129


class Ring128(ApiModel):
    """Ring128"""

    n: Optional[int] = None
    next: Optional[Ring129] = None


resolve_references(
    Ring128,
    {
        "Ring129": "golden_recursion.models.ring129",
    },
)
