"""Ring185: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring186 import Ring186


class Ring185(ApiModel):
    """Ring185"""

    n: Optional[int] = None
    next: Optional[Ring186] = None


resolve_references(
    Ring185,
    {
        "Ring186": "golden_recursion.models.ring186",
    },
)
