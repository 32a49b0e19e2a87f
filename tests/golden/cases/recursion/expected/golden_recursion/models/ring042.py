"""Ring042: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring043 import Ring043


class Ring042(ApiModel):
    """Ring042"""

    n: Optional[int] = None
    next: Optional[Ring043] = None


resolve_references(
    Ring042,
    {
        "Ring043": "golden_recursion.models.ring043",
    },
)
