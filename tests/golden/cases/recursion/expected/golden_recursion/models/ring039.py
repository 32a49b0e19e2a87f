"""Ring039: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring040 import Ring040


class Ring039(ApiModel):
    """Ring039"""

    n: Optional[int] = None
    next: Optional[Ring040] = None


resolve_references(
    Ring039,
    {
        "Ring040": "golden_recursion.models.ring040",
    },
)
