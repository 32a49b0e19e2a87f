"""Ring003: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring004 import Ring004


class Ring003(ApiModel):
    """Ring003"""

    n: Optional[int] = None
    next: Optional[Ring004] = None


resolve_references(
    Ring003,
    {
        "Ring004": "golden_recursion.models.ring004",
    },
)
