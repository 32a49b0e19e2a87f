"""Ring150: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring151 import Ring151


class Ring150(ApiModel):
    """Ring150"""

    n: Optional[int] = None
    next: Optional[Ring151] = None


resolve_references(
    Ring150,
    {
        "Ring151": "golden_recursion.models.ring151",
    },
)
