"""StateMetadata: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.state_category import StateCategory
    from oden.models.state_reason import StateReason


class StateMetadata(ApiModel):
    """Metadata associated with a state interval"""

    reason: Optional[StateReason] = Field(default=None)
    comment: Optional[str] = Field(default=None)
    category: Optional[StateCategory] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    StateMetadata,
    {"StateReason": "oden.models.state_reason", "StateCategory": "oden.models.state_category"},
)
