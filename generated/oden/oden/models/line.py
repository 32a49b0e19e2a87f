"""Line: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional
from uuid import UUID

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.factory import Factory
    from oden.models.match import Match


class Line(ApiModel):
    """An entity representing a single line of production."""

    id: Optional[UUID] = None
    name: Optional[str] = None
    secondary_name: Optional[str] = None
    factory: Optional[Factory] = None
    match: Optional[Match] = None


resolve_references(
    Line,
    {
        "Factory": "oden.models.factory",
        "Match": "oden.models.match",
    },
)
