"""Ring073: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring074 import Ring074


class Ring073(ApiModel):
    """Ring073"""

    n: Optional[int] = None
    next: Optional[Ring074] = None


resolve_references(
    Ring073,
    {
        "Ring074": "golden_recursion.models.ring074",
    },
)
