"""Ring129: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring130 import Ring130


class Ring129(ApiModel):
    """Ring129"""

    n: Optional[int] = None
    next: Optional[Ring130] = None


resolve_references(
    Ring129,
    {
        "Ring130": "golden_recursion.models.ring130",
    },
)
