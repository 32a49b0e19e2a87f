"""Ring164: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring165 import Ring165


class Ring164(ApiModel):
    """Ring164"""

    n: Optional[int] = None
    next: Optional[Ring165] = None


resolve_references(
    Ring164,
    {
        "Ring165": "golden_recursion.models.ring165",
    },
)
