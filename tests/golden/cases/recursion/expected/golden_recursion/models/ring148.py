"""Ring148: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring149 import Ring149


class Ring148(ApiModel):
    """Ring148"""

    n: Optional[int] = None
    next: Optional[Ring149] = None


resolve_references(
    Ring148,
    {
        "Ring149": "golden_recursion.models.ring149",
    },
)
