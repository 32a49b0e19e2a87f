"""Ring199: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

from golden_recursion._model import LAZY, ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring000 import Ring000


class Ring199(ApiModel):
    """Ring199"""

    n: Optional[int] = None
    next: Optional[Annotated[Ring000, LAZY]] = None


resolve_references(
    Ring199,
    {
        "Ring000": "golden_recursion.models.ring000",
    },
    lazy=frozenset({"Ring000"}),
)
