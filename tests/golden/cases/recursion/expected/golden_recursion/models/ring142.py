"""Ring142: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring143 import Ring143


class Ring142(ApiModel):
    """Ring142"""

    n: Optional[int] = None
    next: Optional[Ring143] = None


resolve_references(
    Ring142,
    {
        "Ring143": "golden_recursion.models.ring143",
    },
)
