"""Ring173: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring174 import Ring174


class Ring173(ApiModel):
    """Ring173"""

    n: Optional[int] = None
    next: Optional[Ring174] = None


resolve_references(
    Ring173,
    {
        "Ring174": "golden_recursion.models.ring174",
    },
)
