"""Ring053: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring054 import Ring054


class Ring053(ApiModel):
    """Ring053"""

    n: Optional[int] = None
    next: Optional[Ring054] = None


resolve_references(
    Ring053,
    {
        "Ring054": "golden_recursion.models.ring054",
    },
)
