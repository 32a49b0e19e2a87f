"""Ring078: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring079 import Ring079


class Ring078(ApiModel):
    """Ring078"""

    n: Optional[int] = None
    next: Optional[Ring079] = None


resolve_references(
    Ring078,
    {
        "Ring079": "golden_recursion.models.ring079",
    },
)
