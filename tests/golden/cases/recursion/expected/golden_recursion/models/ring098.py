"""Ring098: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring099 import Ring099


class Ring098(ApiModel):
    """Ring098"""

    n: Optional[int] = None
    next: Optional[Ring099] = None


resolve_references(
    Ring098,
    {
        "Ring099": "golden_recursion.models.ring099",
    },
)
