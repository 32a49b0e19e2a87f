"""Ring064: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring065 import Ring065


class Ring064(ApiModel):
    """Ring064"""

    n: Optional[int] = None
    next: Optional[Ring065] = None


resolve_references(
    Ring064,
    {
        "Ring065": "golden_recursion.models.ring065",
    },
)
