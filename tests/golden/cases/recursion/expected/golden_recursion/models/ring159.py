"""Ring159: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring160 import Ring160


class Ring159(ApiModel):
    """Ring159"""

    n: Optional[int] = None
    next: Optional[Ring160] = None


resolve_references(
    Ring159,
    {
        "Ring160": "golden_recursion.models.ring160",
    },
)
