"""Ring019: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring020 import Ring020


class Ring019(ApiModel):
    """Ring019"""

    n: Optional[int] = None
    next: Optional[Ring020] = None


resolve_references(
    Ring019,
    {
        "Ring020": "golden_recursion.models.ring020",
    },
)
