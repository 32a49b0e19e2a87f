"""Ring092: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring093 import Ring093


class Ring092(ApiModel):
    """Ring092"""

    n: Optional[int] = None
    next: Optional[Ring093] = None


resolve_references(
    Ring092,
    {
        "Ring093": "golden_recursion.models.ring093",
    },
)
