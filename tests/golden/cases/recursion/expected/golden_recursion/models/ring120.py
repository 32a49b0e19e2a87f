"""Ring120: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring121 import Ring121


class Ring120(ApiModel):
    """Ring120"""

    n: Optional[int] = None
    next: Optional[Ring121] = None


resolve_references(
    Ring120,
    {
        "Ring121": "golden_recursion.models.ring121",
    },
)
