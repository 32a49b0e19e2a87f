"""Ring151: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring152 import Ring152


class Ring151(ApiModel):
    """Ring151"""

    n: Optional[int] = None
    next: Optional[Ring152] = None


resolve_references(
    Ring151,
    {
        "Ring152": "golden_recursion.models.ring152",
    },
)
