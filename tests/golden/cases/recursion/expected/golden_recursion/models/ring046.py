"""Ring046: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring047 import Ring047


class Ring046(ApiModel):
    """Ring046"""

    n: Optional[int] = None
    next: Optional[Ring047] = None


resolve_references(
    Ring046,
    {
        "Ring047": "golden_recursion.models.ring047",
    },
)
