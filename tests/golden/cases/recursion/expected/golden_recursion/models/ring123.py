"""Ring123: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring124 import Ring124


class Ring123(ApiModel):
    """Ring123"""

    n: Optional[int] = None
    next: Optional[Ring124] = None


resolve_references(
    Ring123,
    {
        "Ring124": "golden_recursion.models.ring124",
    },
)
