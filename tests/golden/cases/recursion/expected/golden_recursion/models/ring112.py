"""Ring112: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring113 import Ring113


class Ring112(ApiModel):
    """Ring112"""

    n: Optional[int] = None
    next: Optional[Ring113] = None


resolve_references(
    Ring112,
    {
        "Ring113": "golden_recursion.models.ring113",
    },
)
