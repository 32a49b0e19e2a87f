"""Ring071: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring072 import Ring072


class Ring071(ApiModel):
    """Ring071"""

    n: Optional[int] = None
    next: Optional[Ring072] = None


resolve_references(
    Ring071,
    {
        "Ring072": "golden_recursion.models.ring072",
    },
)
