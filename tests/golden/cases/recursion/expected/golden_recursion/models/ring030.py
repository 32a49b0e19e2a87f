"""Ring030: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring031 import Ring031


class Ring030(ApiModel):
    """Ring030"""

    n: Optional[int] = None
    next: Optional[Ring031] = None


resolve_references(
    Ring030,
    {
        "Ring031": "golden_recursion.models.ring031",
    },
)
