"""Ring070: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring071 import Ring071


class Ring070(ApiModel):
    """Ring070"""

    n: Optional[int] = None
    next: Optional[Ring071] = None


resolve_references(
    Ring070,
    {
        "Ring071": "golden_recursion.models.ring071",
    },
)
