"""Ring031: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring032 import Ring032


class Ring031(ApiModel):
    """Ring031"""

    n: Optional[int] = None
    next: Optional[Ring032] = None


resolve_references(
    Ring031,
    {
        "Ring032": "golden_recursion.models.ring032",
    },
)
