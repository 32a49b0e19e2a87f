"""Ring052: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring053 import Ring053


class Ring052(ApiModel):
    """Ring052"""

    n: Optional[int] = None
    next: Optional[Ring053] = None


resolve_references(
    Ring052,
    {
        "Ring053": "golden_recursion.models.ring053",
    },
)
