"""Ring048: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring049 import Ring049


class Ring048(ApiModel):
    """Ring048"""

    n: Optional[int] = None
    next: Optional[Ring049] = None


resolve_references(
    Ring048,
    {
        "Ring049": "golden_recursion.models.ring049",
    },
)
