"""Ring032: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring033 import Ring033


class Ring032(ApiModel):
    """Ring032"""

    n: Optional[int] = None
    next: Optional[Ring033] = None


resolve_references(
    Ring032,
    {
        "Ring033": "golden_recursion.models.ring033",
    },
)
