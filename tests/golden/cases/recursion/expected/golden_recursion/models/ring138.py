"""Ring138: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring139 import Ring139


class Ring138(ApiModel):
    """Ring138"""

    n: Optional[int] = None
    next: Optional[Ring139] = None


resolve_references(
    Ring138,
    {
        "Ring139": "golden_recursion.models.ring139",
    },
)
