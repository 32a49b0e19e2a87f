"""Ring094: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring095 import Ring095


class Ring094(ApiModel):
    """Ring094"""

    n: Optional[int] = None
    next: Optional[Ring095] = None


resolve_references(
    Ring094,
    {
        "Ring095": "golden_recursion.models.ring095",
    },
)
