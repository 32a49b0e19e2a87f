"""Ring085: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.ring086 import Ring086


class Ring085(ApiModel):
    """Ring085"""

    n: Optional[int] = None
    next: Optional[Ring086] = None


resolve_references(
    Ring085,
    {
        "Ring086": "golden_recursion.models.ring086",
    },
)
