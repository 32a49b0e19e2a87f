"""Ring082: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring083 import Ring083


class Ring082(ApiModel):
    """Ring082"""

    n: Optional[int] = None
    next: Optional[Ring083] = None


resolve_references(
    Ring082,
    {
        "Ring083": "golden_recursion.models.ring083",
    },
)
