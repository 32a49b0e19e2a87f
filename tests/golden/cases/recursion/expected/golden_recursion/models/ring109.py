"""Ring109: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring110 import Ring110


class Ring109(ApiModel):
    """Ring109"""

    n: Optional[int] = None
    next: Optional[Ring110] = None


resolve_references(
    Ring109,
    {
        "Ring110": "golden_recursion.models.ring110",
    },
)
