"""Ring076: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring077 import Ring077


class Ring076(ApiModel):
    """Ring076"""

    n: Optional[int] = None
    next: Optional[Ring077] = None


resolve_references(
    Ring076,
    {
        "Ring077": "golden_recursion.models.ring077",
    },
)
