"""Ring045: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring046 import Ring046


class Ring045(ApiModel):
    """Ring045"""

    n: Optional[int] = None
    next: Optional[Ring046] = None


resolve_references(
    Ring045,
    {
        "Ring046": "golden_recursion.models.ring046",
    },
)
