"""Ring183: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring184 import Ring184


class Ring183(ApiModel):
    """Ring183"""

    n: Optional[int] = None
    next: Optional[Ring184] = None


resolve_references(
    Ring183,
    {
        "Ring184": "golden_recursion.models.ring184",
    },
)
