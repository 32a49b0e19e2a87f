"""Ring034: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring035 import Ring035


class Ring034(ApiModel):
    """Ring034"""

    n: Optional[int] = None
    next: Optional[Ring035] = None


resolve_references(
    Ring034,
    {
        "Ring035": "golden_recursion.models.ring035",
    },
)
