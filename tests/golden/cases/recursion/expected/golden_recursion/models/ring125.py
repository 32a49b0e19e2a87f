"""Ring125: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring126 import Ring126


class Ring125(ApiModel):
    """Ring125"""

    n: Optional[int] = None
    next: Optional[Ring126] = None


resolve_references(
    Ring125,
    {
        "Ring126": "golden_recursion.models.ring126",
    },
)
