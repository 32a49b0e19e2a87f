"""Ring095: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring096 import Ring096


class Ring095(ApiModel):
    """Ring095"""

    n: Optional[int] = None
    next: Optional[Ring096] = None


resolve_references(
    Ring095,
    {
        "Ring096": "golden_recursion.models.ring096",
    },
)
