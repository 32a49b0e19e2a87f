"""Ring169: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring170 import Ring170


class Ring169(ApiModel):
    """Ring169"""

    n: Optional[int] = None
    next: Optional[Ring170] = None


resolve_references(
    Ring169,
    {
        "Ring170": "golden_recursion.models.ring170",
    },
)
