"""Ring059: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring060 import Ring060


class Ring059(ApiModel):
    """Ring059"""

    n: Optional[int] = None
    next: Optional[Ring060] = None


resolve_references(
    Ring059,
    {
        "Ring060": "golden_recursion.models.ring060",
    },
)
