"""Ring013: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring014 import Ring014


class Ring013(ApiModel):
    """Ring013"""

    n: Optional[int] = None
    next: Optional[Ring014] = None


resolve_references(
    Ring013,
    {
        "Ring014": "golden_recursion.models.ring014",
    },
)
