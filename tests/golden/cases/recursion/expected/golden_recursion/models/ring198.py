"""Ring198: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring199 import Ring199


class Ring198(ApiModel):
    """Ring198"""

    n: Optional[int] = None
    next: Optional[Ring199] = None


resolve_references(
    Ring198,
    {
        "Ring199": "golden_recursion.models.ring199",
    },
)
