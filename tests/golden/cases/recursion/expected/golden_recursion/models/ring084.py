"""Ring084: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring085 import Ring085


class Ring084(ApiModel):
    """Ring084"""

    n: Optional[int] = None
    next: Optional[Ring085] = None


resolve_references(
    Ring084,
    {
        "Ring085": "golden_recursion.models.ring085",
    },
)
