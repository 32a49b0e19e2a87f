"""Ring188: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring189 import Ring189


class Ring188(ApiModel):
    """Ring188"""

    n: Optional[int] = None
    next: Optional[Ring189] = None


resolve_references(
    Ring188,
    {
        "Ring189": "golden_recursion.models.ring189",
    },
)
