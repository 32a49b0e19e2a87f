"""Ring044: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring045 import Ring045


class Ring044(ApiModel):
    """Ring044"""

    n: Optional[int] = None
    next: Optional[Ring045] = None


resolve_references(
    Ring044,
    {
        "Ring045": "golden_recursion.models.ring045",
    },
)
