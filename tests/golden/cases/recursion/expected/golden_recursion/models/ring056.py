"""Ring056: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring057 import Ring057


class Ring056(ApiModel):
    """Ring056"""

    n: Optional[int] = None
    next: Optional[Ring057] = None


resolve_references(
    Ring056,
    {
        "Ring057": "golden_recursion.models.ring057",
    },
)
