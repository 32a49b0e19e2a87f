"""Ring017: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring018 import Ring018


class Ring017(ApiModel):
    """Ring017"""

    n: Optional[int] = None
    next: Optional[Ring018] = None


resolve_references(
    Ring017,
    {
        "Ring018": "golden_recursion.models.ring018",
    },
)
