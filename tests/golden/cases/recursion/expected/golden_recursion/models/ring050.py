"""Ring050: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring051 import Ring051


class Ring050(ApiModel):
    """Ring050"""

    n: Optional[int] = None
    next: Optional[Ring051] = None


resolve_references(
    Ring050,
    {
        "Ring051": "golden_recursion.models.ring051",
    },
)
