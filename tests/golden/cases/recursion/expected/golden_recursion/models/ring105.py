"""Ring105: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring106 import Ring106


class Ring105(ApiModel):
    """Ring105"""

    n: Optional[int] = None
    next: Optional[Ring106] = None


resolve_references(
    Ring105,
    {
        "Ring106": "golden_recursion.models.ring106",
    },
)
