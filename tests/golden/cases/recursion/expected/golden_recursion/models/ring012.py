"""Ring012: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring013 import Ring013


class Ring012(ApiModel):
    """Ring012"""

    n: Optional[int] = None
    next: Optional[Ring013] = None


resolve_references(
    Ring012,
    {
        "Ring013": "golden_recursion.models.ring013",
    },
)
