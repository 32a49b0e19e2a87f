"""Ring156: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring157 import Ring157


class Ring156(ApiModel):
    """Ring156"""

    n: Optional[int] = None
    next: Optional[Ring157] = None


resolve_references(
    Ring156,
    {
        "Ring157": "golden_recursion.models.ring157",
    },
)
