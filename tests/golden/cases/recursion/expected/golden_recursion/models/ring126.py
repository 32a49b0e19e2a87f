"""Ring126: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring127 import Ring127


class Ring126(ApiModel):
    """Ring126"""

    n: Optional[int] = None
    next: Optional[Ring127] = None


resolve_references(
    Ring126,
    {
        "Ring127": "golden_recursion.models.ring127",
    },
)
