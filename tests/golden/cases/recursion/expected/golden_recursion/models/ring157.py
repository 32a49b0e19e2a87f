"""Ring157: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring158 import Ring158


class Ring157(ApiModel):
    """Ring157"""

    n: Optional[int] = None
    next: Optional[Ring158] = None


resolve_references(
    Ring157,
    {
        "Ring158": "golden_recursion.models.ring158",
    },
)
