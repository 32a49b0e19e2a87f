"""Ring141: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring142 import Ring142


class Ring141(ApiModel):
    """Ring141"""

    n: Optional[int] = None
    next: Optional[Ring142] = None


resolve_references(
    Ring141,
    {
        "Ring142": "golden_recursion.models.ring142",
    },
)
