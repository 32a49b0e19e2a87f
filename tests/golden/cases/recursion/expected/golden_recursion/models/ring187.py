"""Ring187: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring188 import Ring188


class Ring187(ApiModel):
    """Ring187"""

    n: Optional[int] = None
    next: Optional[Ring188] = None


resolve_references(
    Ring187,
    {
        "Ring188": "golden_recursion.models.ring188",
    },
)
