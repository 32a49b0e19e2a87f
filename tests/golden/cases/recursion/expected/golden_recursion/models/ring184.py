"""Ring184: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring185 import Ring185


class Ring184(ApiModel):
    """Ring184"""

    n: Optional[int] = None
    next: Optional[Ring185] = None


resolve_references(
    Ring184,
    {
        "Ring185": "golden_recursion.models.ring185",
    },
)
