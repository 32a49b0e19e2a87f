"""Ring018: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring019 import Ring019


class Ring018(ApiModel):
    """Ring018"""

    n: Optional[int] = None
    next: Optional[Ring019] = None


resolve_references(
    Ring018,
    {
        "Ring019": "golden_recursion.models.ring019",
    },
)
