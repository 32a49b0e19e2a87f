"""StateMetadata: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.state_category import StateCategory
    from oden.models.state_reason import StateReason


class StateMetadata(ApiModel):
    """Metadata associated with a state interval"""

    reason: Optional[StateReason] = None
    comment: Optional[str] = None
    category: Optional[StateCategory] = None


resolve_references(
    StateMetadata,
    {
        "StateReason": "oden.models.state_reason",
        "StateCategory": "oden.models.state_category",
    },
)
