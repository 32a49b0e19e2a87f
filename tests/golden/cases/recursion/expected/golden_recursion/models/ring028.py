"""Ring028: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring029 import Ring029


class Ring028(ApiModel):
    """Ring028"""

    n: Optional[int] = None
    next: Optional[Ring029] = None


resolve_references(
    Ring028,
    {
        "Ring029": "golden_recursion.models.ring029",
    },
)
