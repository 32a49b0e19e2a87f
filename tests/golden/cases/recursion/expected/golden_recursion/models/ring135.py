"""Ring135: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring136 import Ring136


class Ring135(ApiModel):
    """Ring135"""

    n: Optional[int] = None
    next: Optional[Ring136] = None


resolve_references(
    Ring135,
    {
        "Ring136": "golden_recursion.models.ring136",
    },
)
