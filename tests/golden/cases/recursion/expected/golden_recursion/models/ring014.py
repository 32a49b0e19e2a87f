"""Ring014: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring015 import Ring015


class Ring014(ApiModel):
    """Ring014"""

    n: Optional[int] = None
    next: Optional[Ring015] = None


resolve_references(
    Ring014,
    {
        "Ring015": "golden_recursion.models.ring015",
    },
)
