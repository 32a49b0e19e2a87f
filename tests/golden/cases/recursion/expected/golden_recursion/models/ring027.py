"""Ring027: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring028 import Ring028


class Ring027(ApiModel):
    """Ring027"""

    n: Optional[int] = None
    next: Optional[Ring028] = None


resolve_references(
    Ring027,
    {
        "Ring028": "golden_recursion.models.ring028",
    },
)
