"""Ring035: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring036 import Ring036


class Ring035(ApiModel):
    """Ring035"""

    n: Optional[int] = None
    next: Optional[Ring036] = None


resolve_references(
    Ring035,
    {
        "Ring036": "golden_recursion.models.ring036",
    },
)
