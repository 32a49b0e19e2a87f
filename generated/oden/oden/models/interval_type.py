"""IntervalType: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional
from uuid import UUID

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.factory import Factory
    from oden.models.match import Match


class IntervalType(ApiModel):
    """An object representing a interval type."""

    id: Optional[UUID] = None
    factory: Optional[Factory] = None
    name: Optional[str] = None
    match: Optional[Match] = None


resolve_references(
    IntervalType,
    {
        "Factory": "oden.models.factory",
        "Match": "oden.models.match",
    },
)
