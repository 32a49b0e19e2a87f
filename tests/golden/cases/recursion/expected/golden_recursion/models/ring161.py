"""Ring161: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring162 import Ring162


class Ring161(ApiModel):
    """Ring161"""

    n: Optional[int] = None
    next: Optional[Ring162] = None


resolve_references(
    Ring161,
    {
        "Ring162": "golden_recursion.models.ring162",
    },
)
