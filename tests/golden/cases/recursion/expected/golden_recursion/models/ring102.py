"""Ring102: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring103 import Ring103


class Ring102(ApiModel):
    """Ring102"""

    n: Optional[int] = None
    next: Optional[Ring103] = None


resolve_references(
    Ring102,
    {
        "Ring103": "golden_recursion.models.ring103",
    },
)
