"""Ring117: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring118 import Ring118


class Ring117(ApiModel):
    """Ring117"""

    n: Optional[int] = None
    next: Optional[Ring118] = None


resolve_references(
    Ring117,
    {
        "Ring118": "golden_recursion.models.ring118",
    },
)
