"""Ring041: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring042 import Ring042


class Ring041(ApiModel):
    """Ring041"""

    n: Optional[int] = None
    next: Optional[Ring042] = None


resolve_references(
    Ring041,
    {
        "Ring042": "golden_recursion.models.ring042",
    },
)
