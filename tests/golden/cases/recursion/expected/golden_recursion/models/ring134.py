"""Ring134: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring135 import Ring135


class Ring134(ApiModel):
    """Ring134"""

    n: Optional[int] = None
    next: Optional[Ring135] = None


resolve_references(
    Ring134,
    {
        "Ring135": "golden_recursion.models.ring135",
    },
)
