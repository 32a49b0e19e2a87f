"""Ring168: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring169 import Ring169


class Ring168(ApiModel):
    """Ring168"""

    n: Optional[int] = None
    next: Optional[Ring169] = None


resolve_references(
    Ring168,
    {
        "Ring169": "golden_recursion.models.ring169",
    },
)
