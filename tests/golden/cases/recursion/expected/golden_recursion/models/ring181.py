"""Ring181: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring182 import Ring182


class Ring181(ApiModel):
    """Ring181"""

    n: Optional[int] = None
    next: Optional[Ring182] = None


resolve_references(
    Ring181,
    {
        "Ring182": "golden_recursion.models.ring182",
    },
)
