"""Ring068: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring069 import Ring069


class Ring068(ApiModel):
    """Ring068"""

    n: Optional[int] = None
    next: Optional[Ring069] = None


resolve_references(
    Ring068,
    {
        "Ring069": "golden_recursion.models.ring069",
    },
)
