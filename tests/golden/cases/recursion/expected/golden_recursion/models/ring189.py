"""Ring189: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring190 import Ring190


class Ring189(ApiModel):
    """Ring189"""

    n: Optional[int] = None
    next: Optional[Ring190] = None


resolve_references(
    Ring189,
    {
        "Ring190": "golden_recursion.models.ring190",
    },
)
