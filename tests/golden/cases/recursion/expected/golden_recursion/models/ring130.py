"""Ring130: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring131 import Ring131


class Ring130(ApiModel):
    """Ring130"""

    n: Optional[int] = None
    next: Optional[Ring131] = None


resolve_references(
    Ring130,
    {
        "Ring131": "golden_recursion.models.ring131",
    },
)
