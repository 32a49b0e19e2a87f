"""Ring190: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring191 import Ring191


class Ring190(ApiModel):
    """Ring190"""

    n: Optional[int] = None
    next: Optional[Ring191] = None


resolve_references(
    Ring190,
    {
        "Ring191": "golden_recursion.models.ring191",
    },
)
