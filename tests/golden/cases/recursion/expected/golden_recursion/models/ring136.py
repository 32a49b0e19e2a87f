"""Ring136: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring137 import Ring137


class Ring136(ApiModel):
    """Ring136"""

    n: Optional[int] = None
    next: Optional[Ring137] = None


resolve_references(
    Ring136,
    {
        "Ring137": "golden_recursion.models.ring137",
    },
)
