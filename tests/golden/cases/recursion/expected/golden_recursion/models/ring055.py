"""Ring055: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring056 import Ring056


class Ring055(ApiModel):
    """Ring055"""

    n: Optional[int] = None
    next: Optional[Ring056] = None


resolve_references(
    Ring055,
    {
        "Ring056": "golden_recursion.models.ring056",
    },
)
