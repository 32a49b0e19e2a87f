"""Ring132: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring133 import Ring133


class Ring132(ApiModel):
    """Ring132"""

    n: Optional[int] = None
    next: Optional[Ring133] = None


resolve_references(
    Ring132,
    {
        "Ring133": "golden_recursion.models.ring133",
    },
)
