"""Ring124: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring125 import Ring125


class Ring124(ApiModel):
    """Ring124"""

    n: Optional[int] = None
    next: Optional[Ring125] = None


resolve_references(
    Ring124,
    {
        "Ring125": "golden_recursion.models.ring125",
    },
)
