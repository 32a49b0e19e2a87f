"""Ring021: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring022 import Ring022


class Ring021(ApiModel):
    """Ring021"""

    n: Optional[int] = None
    next: Optional[Ring022] = None


resolve_references(
    Ring021,
    {
        "Ring022": "golden_recursion.models.ring022",
    },
)
