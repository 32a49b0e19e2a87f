"""Ring090: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring091 import Ring091


class Ring090(ApiModel):
    """Ring090"""

    n: Optional[int] = None
    next: Optional[Ring091] = None


resolve_references(
    Ring090,
    {
        "Ring091": "golden_recursion.models.ring091",
    },
)
