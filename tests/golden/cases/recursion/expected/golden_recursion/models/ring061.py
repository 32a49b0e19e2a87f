"""Ring061: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring062 import Ring062


class Ring061(ApiModel):
    """Ring061"""

    n: Optional[int] = None
    next: Optional[Ring062] = None


resolve_references(
    Ring061,
    {
        "Ring062": "golden_recursion.models.ring062",
    },
)
