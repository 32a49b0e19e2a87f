"""Ring093: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring094 import Ring094


class Ring093(ApiModel):
    """Ring093"""

    n: Optional[int] = None
    next: Optional[Ring094] = None


resolve_references(
    Ring093,
    {
        "Ring094": "golden_recursion.models.ring094",
    },
)
