"""Ring077: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring078 import Ring078


class Ring077(ApiModel):
    """Ring077"""

    n: Optional[int] = None
    next: Optional[Ring078] = None


resolve_references(
    Ring077,
    {
        "Ring078": "golden_recursion.models.ring078",
    },
)
