"""Ring182: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring183 import Ring183


class Ring182(ApiModel):
    """Ring182"""

    n: Optional[int] = None
    next: Optional[Ring183] = None


resolve_references(
    Ring182,
    {
        "Ring183": "golden_recursion.models.ring183",
    },
)
