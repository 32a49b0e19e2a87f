"""Ring162: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring163 import Ring163


class Ring162(ApiModel):
    """Ring162"""

    n: Optional[int] = None
    next: Optional[Ring163] = None


resolve_references(
    Ring162,
    {
        "Ring163": "golden_recursion.models.ring163",
    },
)
