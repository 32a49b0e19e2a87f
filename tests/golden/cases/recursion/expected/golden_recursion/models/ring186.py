"""Ring186: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring187 import Ring187


class Ring186(ApiModel):
    """Ring186"""

    n: Optional[int] = None
    next: Optional[Ring187] = None


resolve_references(
    Ring186,
    {
        "Ring187": "golden_recursion.models.ring187",
    },
)
