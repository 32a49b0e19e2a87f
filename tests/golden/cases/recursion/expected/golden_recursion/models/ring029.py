"""Ring029: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring030 import Ring030


class Ring029(ApiModel):
    """Ring029"""

    n: Optional[int] = None
    next: Optional[Ring030] = None


resolve_references(
    Ring029,
    {
        "Ring030": "golden_recursion.models.ring030",
    },
)
