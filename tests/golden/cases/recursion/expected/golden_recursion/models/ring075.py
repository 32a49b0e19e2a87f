"""Ring075: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring076 import Ring076


class Ring075(ApiModel):
    """Ring075"""

    n: Optional[int] = None
    next: Optional[Ring076] = None


resolve_references(
    Ring075,
    {
        "Ring076": "golden_recursion.models.ring076",
    },
)
