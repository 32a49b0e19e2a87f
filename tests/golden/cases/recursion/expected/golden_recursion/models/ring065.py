"""Ring065: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring066 import Ring066


class Ring065(ApiModel):
    """Ring065"""

    n: Optional[int] = None
    next: Optional[Ring066] = None


resolve_references(
    Ring065,
    {
        "Ring066": "golden_recursion.models.ring066",
    },
)
