"""Ring143: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring144 import Ring144


class Ring143(ApiModel):
    """Ring143"""

    n: Optional[int] = None
    next: Optional[Ring144] = None


resolve_references(
    Ring143,
    {
        "Ring144": "golden_recursion.models.ring144",
    },
)
