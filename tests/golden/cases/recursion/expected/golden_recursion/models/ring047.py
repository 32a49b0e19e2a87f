"""Ring047: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring048 import Ring048


class Ring047(ApiModel):
    """Ring047"""

    n: Optional[int] = None
    next: Optional[Ring048] = None


resolve_references(
    Ring047,
    {
        "Ring048": "golden_recursion.models.ring048",
    },
)
