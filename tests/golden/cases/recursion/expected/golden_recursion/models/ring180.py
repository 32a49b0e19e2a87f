"""Ring180: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring181 import Ring181


class Ring180(ApiModel):
    """Ring180"""

    n: Optional[int] = None
    next: Optional[Ring181] = None


resolve_references(
    Ring180,
    {
        "Ring181": "golden_recursion.models.ring181",
    },
)
