"""Ring115: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring116 import Ring116


class Ring115(ApiModel):
    """Ring115"""

    n: Optional[int] = None
    next: Optional[Ring116] = None


resolve_references(
    Ring115,
    {
        "Ring116": "golden_recursion.models.ring116",
    },
)
