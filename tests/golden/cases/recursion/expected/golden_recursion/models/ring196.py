"""Ring196: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring197 import Ring197


class Ring196(ApiModel):
    """Ring196"""

    n: Optional[int] = None
    next: Optional[Ring197] = None


resolve_references(
    Ring196,
    {
        "Ring197": "golden_recursion.models.ring197",
    },
)
