"""Ring015: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring016 import Ring016


class Ring015(ApiModel):
    """Ring015"""

    n: Optional[int] = None
    next: Optional[Ring016] = None


resolve_references(
    Ring015,
    {
        "Ring016": "golden_recursion.models.ring016",
    },
)
