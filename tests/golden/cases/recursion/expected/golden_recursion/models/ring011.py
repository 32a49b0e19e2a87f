"""Ring011: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring012 import Ring012


class Ring011(ApiModel):
    """Ring011"""

    n: Optional[int] = None
    next: Optional[Ring012] = None


resolve_references(
    Ring011,
    {
        "Ring012": "golden_recursion.models.ring012",
    },
)
