"""Ring144: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring145 import Ring145


class Ring144(ApiModel):
    """Ring144"""

    n: Optional[int] = None
    next: Optional[Ring145] = None


resolve_references(
    Ring144,
    {
        "Ring145": "golden_recursion.models.ring145",
    },
)
