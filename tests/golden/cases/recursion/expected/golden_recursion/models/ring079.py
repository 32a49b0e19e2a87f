"""Ring079: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring080 import Ring080


class Ring079(ApiModel):
    """Ring079"""

    n: Optional[int] = None
    next: Optional[Ring080] = None


resolve_references(
    Ring079,
    {
        "Ring080": "golden_recursion.models.ring080",
    },
)
