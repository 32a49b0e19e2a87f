"""Ring155: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring156 import Ring156


class Ring155(ApiModel):
    """Ring155"""

    n: Optional[int] = None
    next: Optional[Ring156] = None


resolve_references(
    Ring155,
    {
        "Ring156": "golden_recursion.models.ring156",
    },
)
