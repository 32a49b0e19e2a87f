"""Ring081: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring082 import Ring082


class Ring081(ApiModel):
    """Ring081"""

    n: Optional[int] = None
    next: Optional[Ring082] = None


resolve_references(
    Ring081,
    {
        "Ring082": "golden_recursion.models.ring082",
    },
)
