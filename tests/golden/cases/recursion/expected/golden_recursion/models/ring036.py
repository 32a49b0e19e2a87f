"""Ring036: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring037 import Ring037


class Ring036(ApiModel):
    """Ring036"""

    n: Optional[int] = None
    next: Optional[Ring037] = None


resolve_references(
    Ring036,
    {
        "Ring037": "golden_recursion.models.ring037",
    },
)
