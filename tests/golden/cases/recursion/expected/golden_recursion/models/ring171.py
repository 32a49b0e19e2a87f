"""Ring171: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring172 import Ring172


class Ring171(ApiModel):
    """Ring171"""

    n: Optional[int] = None
    next: Optional[Ring172] = None


resolve_references(
    Ring171,
    {
        "Ring172": "golden_recursion.models.ring172",
    },
)
