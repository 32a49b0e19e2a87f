"""Ring072: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring073 import Ring073


class Ring072(ApiModel):
    """Ring072"""

    n: Optional[int] = None
    next: Optional[Ring073] = None


resolve_references(
    Ring072,
    {
        "Ring073": "golden_recursion.models.ring073",
    },
)
