"""Ring146: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring147 import Ring147


class Ring146(ApiModel):
    """Ring146"""

    n: Optional[int] = None
    next: Optional[Ring147] = None


resolve_references(
    Ring146,
    {
        "Ring147": "golden_recursion.models.ring147",
    },
)
