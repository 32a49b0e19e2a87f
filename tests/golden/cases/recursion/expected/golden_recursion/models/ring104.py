"""Ring104: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring105 import Ring105


class Ring104(ApiModel):
    """Ring104"""

    n: Optional[int] = None
    next: Optional[Ring105] = None


resolve_references(
    Ring104,
    {
        "Ring105": "golden_recursion.models.ring105",
    },
)
