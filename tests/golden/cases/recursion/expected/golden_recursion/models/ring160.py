"""Ring160: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring161 import Ring161


class Ring160(ApiModel):
    """Ring160"""

    n: Optional[int] = None
    next: Optional[Ring161] = None


resolve_references(
    Ring160,
    {
        "Ring161": "golden_recursion.models.ring161",
    },
)
