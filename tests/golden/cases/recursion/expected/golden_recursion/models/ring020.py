"""Ring020: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring021 import Ring021


class Ring020(ApiModel):
    """Ring020"""

    n: Optional[int] = None
    next: Optional[Ring021] = None


resolve_references(
    Ring020,
    {
        "Ring021": "golden_recursion.models.ring021",
    },
)
