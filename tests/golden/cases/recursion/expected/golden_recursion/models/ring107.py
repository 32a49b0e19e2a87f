"""Ring107: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring108 import Ring108


class Ring107(ApiModel):
    """Ring107"""

    n: Optional[int] = None
    next: Optional[Ring108] = None


resolve_references(
    Ring107,
    {
        "Ring108": "golden_recursion.models.ring108",
    },
)
