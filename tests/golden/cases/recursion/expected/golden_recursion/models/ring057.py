"""Ring057: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring058 import Ring058


class Ring057(ApiModel):
    """Ring057"""

    n: Optional[int] = None
    next: Optional[Ring058] = None


resolve_references(
    Ring057,
    {
        "Ring058": "golden_recursion.models.ring058",
    },
)
