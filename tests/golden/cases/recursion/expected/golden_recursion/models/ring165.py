"""Ring165: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring166 import Ring166


class Ring165(ApiModel):
    """Ring165"""

    n: Optional[int] = None
    next: Optional[Ring166] = None


resolve_references(
    Ring165,
    {
        "Ring166": "golden_recursion.models.ring166",
    },
)
