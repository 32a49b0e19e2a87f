"""MetricGroup: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional
from uuid import UUID

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.match import Match


class MetricGroup(ApiModel):
    """An object representing a metric group; a grouping of like metrics across lines, factories."""

    name: Optional[str] = None
    description: Optional[str] = None
    id: Optional[UUID] = None
    unit_kind_of_quantity: Optional[str] = None
    match: Optional[Match] = None


resolve_references(
    MetricGroup,
    {
        "Match": "oden.models.match",
    },
)
