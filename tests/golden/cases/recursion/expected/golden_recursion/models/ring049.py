"""Ring049: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring050 import Ring050


class Ring049(ApiModel):
    """Ring049"""

    n: Optional[int] = None
    next: Optional[Ring050] = None


resolve_references(
    Ring049,
    {
        "Ring050": "golden_recursion.models.ring050",
    },
)
