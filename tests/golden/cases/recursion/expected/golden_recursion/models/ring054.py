"""Ring054: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring055 import Ring055


class Ring054(ApiModel):
    """Ring054"""

    n: Optional[int] = None
    next: Optional[Ring055] = None


resolve_references(
    Ring054,
    {
        "Ring055": "golden_recursion.models.ring055",
    },
)
