"""Ring118: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring119 import Ring119


class Ring118(ApiModel):
    """Ring118"""

    n: Optional[int] = None
    next: Optional[Ring119] = None


resolve_references(
    Ring118,
    {
        "Ring119": "golden_recursion.models.ring119",
    },
)
