"""Ring101: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring102 import Ring102


class Ring101(ApiModel):
    """Ring101"""

    n: Optional[int] = None
    next: Optional[Ring102] = None


resolve_references(
    Ring101,
    {
        "Ring102": "golden_recursion.models.ring102",
    },
)
