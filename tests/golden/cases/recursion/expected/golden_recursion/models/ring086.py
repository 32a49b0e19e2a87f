"""Ring086: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring087 import Ring087


class Ring086(ApiModel):
    """Ring086"""

    n: Optional[int] = None
    next: Optional[Ring087] = None


resolve_references(
    Ring086,
    {
        "Ring087": "golden_recursion.models.ring087",
    },
)
