"""Ring103: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring104 import Ring104


class Ring103(ApiModel):
    """Ring103"""

    n: Optional[int] = None
    next: Optional[Ring104] = None


resolve_references(
    Ring103,
    {
        "Ring104": "golden_recursion.models.ring104",
    },
)
