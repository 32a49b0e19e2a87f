"""Ring133: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring134 import Ring134


class Ring133(ApiModel):
    """Ring133"""

    n: Optional[int] = None
    next: Optional[Ring134] = None


resolve_references(
    Ring133,
    {
        "Ring134": "golden_recursion.models.ring134",
    },
)
