"""Ring089: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring090 import Ring090


class Ring089(ApiModel):
    """Ring089"""

    n: Optional[int] = None
    next: Optional[Ring090] = None


resolve_references(
    Ring089,
    {
        "Ring090": "golden_recursion.models.ring090",
    },
)
