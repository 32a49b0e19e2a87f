"""Ring174: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring175 import Ring175


class Ring174(ApiModel):
    """Ring174"""

    n: Optional[int] = None
    next: Optional[Ring175] = None


resolve_references(
    Ring174,
    {
        "Ring175": "golden_recursion.models.ring175",
    },
)
