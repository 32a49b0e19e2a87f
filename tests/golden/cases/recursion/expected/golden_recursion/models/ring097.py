"""Ring097: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring098 import Ring098


class Ring097(ApiModel):
    """Ring097"""

    n: Optional[int] = None
    next: Optional[Ring098] = None


resolve_references(
    Ring097,
    {
        "Ring098": "golden_recursion.models.ring098",
    },
)
