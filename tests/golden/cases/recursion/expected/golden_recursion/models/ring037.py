"""Ring037: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring038 import Ring038


class Ring037(ApiModel):
    """Ring037"""

    n: Optional[int] = None
    next: Optional[Ring038] = None


resolve_references(
    Ring037,
    {
        "Ring038": "golden_recursion.models.ring038",
    },
)
