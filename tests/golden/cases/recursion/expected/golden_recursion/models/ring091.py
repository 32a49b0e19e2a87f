"""Ring091: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring092 import Ring092


class Ring091(ApiModel):
    """Ring091"""

    n: Optional[int] = None
    next: Optional[Ring092] = None


resolve_references(
    Ring091,
    {
        "Ring092": "golden_recursion.models.ring092",
    },
)
