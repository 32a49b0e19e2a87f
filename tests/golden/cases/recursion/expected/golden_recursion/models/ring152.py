"""Ring152: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring153 import Ring153


class Ring152(ApiModel):
    """Ring152"""

    n: Optional[int] = None
    next: Optional[Ring153] = None


resolve_references(
    Ring152,
    {
        "Ring153": "golden_recursion.models.ring153",
    },
)
