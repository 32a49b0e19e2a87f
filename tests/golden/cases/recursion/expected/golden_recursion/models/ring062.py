"""Ring062: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring063 import Ring063


class Ring062(ApiModel):
    """Ring062"""

    n: Optional[int] = None
    next: Optional[Ring063] = None


resolve_references(
    Ring062,
    {
        "Ring063": "golden_recursion.models.ring063",
    },
)
