"""Ring099: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring100 import Ring100


class Ring099(ApiModel):
    """Ring099"""

    n: Optional[int] = None
    next: Optional[Ring100] = None


resolve_references(
    Ring099,
    {
        "Ring100": "golden_recursion.models.ring100",
    },
)
