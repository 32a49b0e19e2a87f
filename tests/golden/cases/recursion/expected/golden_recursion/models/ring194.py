"""Ring194: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring195 import Ring195


class Ring194(ApiModel):
    """Ring194"""

    n: Optional[int] = None
    next: Optional[Ring195] = None


resolve_references(
    Ring194,
    {
        "Ring195": "golden_recursion.models.ring195",
    },
)
