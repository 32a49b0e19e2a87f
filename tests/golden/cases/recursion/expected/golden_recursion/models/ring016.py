"""Ring016: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring017 import Ring017


class Ring016(ApiModel):
    """Ring016"""

    n: Optional[int] = None
    next: Optional[Ring017] = None


resolve_references(
    Ring016,
    {
        "Ring017": "golden_recursion.models.ring017",
    },
)
