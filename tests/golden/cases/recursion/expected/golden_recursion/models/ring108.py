"""Ring108: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring109 import Ring109


class Ring108(ApiModel):
    """Ring108"""

    n: Optional[int] = None
    next: Optional[Ring109] = None


resolve_references(
    Ring108,
    {
        "Ring109": "golden_recursion.models.ring109",
    },
)
