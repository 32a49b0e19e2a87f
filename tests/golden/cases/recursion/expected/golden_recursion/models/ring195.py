"""Ring195: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring196 import Ring196


class Ring195(ApiModel):
    """Ring195"""

    n: Optional[int] = None
    next: Optional[Ring196] = None


resolve_references(
    Ring195,
    {
        "Ring196": "golden_recursion.models.ring196",
    },
)
