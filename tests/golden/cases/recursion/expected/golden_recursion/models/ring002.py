"""Ring002: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring003 import Ring003


class Ring002(ApiModel):
    """Ring002"""

    n: Optional[int] = None
    next: Optional[Ring003] = None


resolve_references(
    Ring002,
    {
        "Ring003": "golden_recursion.models.ring003",
    },
)
