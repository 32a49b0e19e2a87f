"""Ring058: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring059 import Ring059


class Ring058(ApiModel):
    """Ring058"""

    n: Optional[int] = None
    next: Optional[Ring059] = None


resolve_references(
    Ring058,
    {
        "Ring059": "golden_recursion.models.ring059",
    },
)
