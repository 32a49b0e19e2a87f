"""Ring067: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring068 import Ring068


class Ring067(ApiModel):
    """Ring067"""

    n: Optional[int] = None
    next: Optional[Ring068] = None


resolve_references(
    Ring067,
    {
        "Ring068": "golden_recursion.models.ring068",
    },
)
