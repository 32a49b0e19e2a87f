"""Ring063: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring064 import Ring064


class Ring063(ApiModel):
    """Ring063"""

    n: Optional[int] = None
    next: Optional[Ring064] = None


resolve_references(
    Ring063,
    {
        "Ring064": "golden_recursion.models.ring064",
    },
)
