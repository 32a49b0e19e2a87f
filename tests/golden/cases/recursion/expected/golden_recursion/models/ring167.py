"""Ring167: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring168 import Ring168


class Ring167(ApiModel):
    """Ring167"""

    n: Optional[int] = None
    next: Optional[Ring168] = None


resolve_references(
    Ring167,
    {
        "Ring168": "golden_recursion.models.ring168",
    },
)
