"""Ring040: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring041 import Ring041


class Ring040(ApiModel):
    """Ring040"""

    n: Optional[int] = None
    next: Optional[Ring041] = None


resolve_references(
    Ring040,
    {
        "Ring041": "golden_recursion.models.ring041",
    },
)
