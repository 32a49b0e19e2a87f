"""Interval: a model of Oden API."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.interval_metadata import IntervalMetadata
    from oden.models.interval_type import IntervalType
    from oden.models.line import Line
    from oden.models.match import Match


class Interval(ApiModel):
    """An object representing an interval of time on a line and associated metadata."""

    id: Optional[str] = None
    type: IntervalType
    name: Optional[str] = None
    line: Line
    start_time: Optional[datetime] = None
    end_time: Optional[datetime] = None
    metadata: Optional[IntervalMetadata] = None
    match: Optional[Match] = None


resolve_references(
    Interval,
    {
        "IntervalType": "oden.models.interval_type",
        "Line": "oden.models.line",
        "IntervalMetadata": "oden.models.interval_metadata",
        "Match": "oden.models.match",
    },
)
