"""Ring154: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring155 import Ring155


class Ring154(ApiModel):
    """Ring154"""

    n: Optional[int] = None
    next: Optional[Ring155] = None


resolve_references(
    Ring154,
    {
        "Ring155": "golden_recursion.models.ring155",
    },
)
