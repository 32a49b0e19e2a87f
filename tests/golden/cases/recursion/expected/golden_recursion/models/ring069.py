"""Ring069: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring070 import Ring070


class Ring069(ApiModel):
    """Ring069"""

    n: Optional[int] = None
    next: Optional[Ring070] = None


resolve_references(
    Ring069,
    {
        "Ring070": "golden_recursion.models.ring070",
    },
)
