"""Ring170: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring171 import Ring171


class Ring170(ApiModel):
    """Ring170"""

    n: Optional[int] = None
    next: Optional[Ring171] = None


resolve_references(
    Ring170,
    {
        "Ring171": "golden_recursion.models.ring171",
    },
)
