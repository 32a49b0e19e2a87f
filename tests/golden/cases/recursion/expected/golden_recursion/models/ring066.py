"""Ring066: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring067 import Ring067


class Ring066(ApiModel):
    """Ring066"""

    n: Optional[int] = None
    next: Optional[Ring067] = None


resolve_references(
    Ring066,
    {
        "Ring067": "golden_recursion.models.ring067",
    },
)
