"""Ring166: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring167 import Ring167


class Ring166(ApiModel):
    """Ring166"""

    n: Optional[int] = None
    next: Optional[Ring167] = None


resolve_references(
    Ring166,
    {
        "Ring167": "golden_recursion.models.ring167",
    },
)
