"""Ring008: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring009 import Ring009


class Ring008(ApiModel):
    """Ring008"""

    n: Optional[int] = None
    next: Optional[Ring009] = None


resolve_references(
    Ring008,
    {
        "Ring009": "golden_recursion.models.ring009",
    },
)
