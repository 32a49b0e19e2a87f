"""Ring051: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring052 import Ring052


class Ring051(ApiModel):
    """Ring051"""

    n: Optional[int] = None
    next: Optional[Ring052] = None


resolve_references(
    Ring051,
    {
        "Ring052": "golden_recursion.models.ring052",
    },
)
