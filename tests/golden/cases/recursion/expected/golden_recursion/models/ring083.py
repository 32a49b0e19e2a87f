"""Ring083: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring084 import Ring084


class Ring083(ApiModel):
    """Ring083"""

    n: Optional[int] = None
    next: Optional[Ring084] = None


resolve_references(
    Ring083,
    {
        "Ring084": "golden_recursion.models.ring084",
    },
)
