"""Ring110: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring111 import Ring111


class Ring110(ApiModel):
    """Ring110"""

    n: Optional[int] = None
    next: Optional[Ring111] = None


resolve_references(
    Ring110,
    {
        "Ring111": "golden_recursion.models.ring111",
    },
)
