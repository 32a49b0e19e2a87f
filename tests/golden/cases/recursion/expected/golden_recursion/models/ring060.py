"""Ring060: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring061 import Ring061


class Ring060(ApiModel):
    """Ring060"""

    n: Optional[int] = None
    next: Optional[Ring061] = None


resolve_references(
    Ring060,
    {
        "Ring061": "golden_recursion.models.ring061",
    },
)
