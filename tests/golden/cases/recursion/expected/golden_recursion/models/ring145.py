"""Ring145: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring146 import Ring146


class Ring145(ApiModel):
    """Ring145"""

    n: Optional[int] = None
    next: Optional[Ring146] = None


resolve_references(
    Ring145,
    {
        "Ring146": "golden_recursion.models.ring146",
    },
)
