"""Ring163: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring164 import Ring164


class Ring163(ApiModel):
    """Ring163"""

    n: Optional[int] = None
    next: Optional[Ring164] = None


resolve_references(
    Ring163,
    {
        "Ring164": "golden_recursion.models.ring164",
    },
)
