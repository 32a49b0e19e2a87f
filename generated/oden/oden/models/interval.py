"""Interval: a model of Oden API."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.interval_metadata import IntervalMetadata
    from oden.models.interval_type import IntervalType
    from oden.models.line import Line
    from oden.models.match import Match


class Interval(ApiModel):
    """An object representing an interval of time on a line and associated metadata."""

    id: Optional[str] = Field(default=None)
    type: IntervalType
    name: Optional[str] = Field(default=None)
    line: Line
    start_time: Optional[datetime] = Field(default=None)
    end_time: Optional[datetime] = Field(default=None)
    metadata: Optional[IntervalMetadata] = Field(default=None)
    match: Optional[Match] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    Interval,
    {
        "IntervalType": "oden.models.interval_type",
        "Line": "oden.models.line",
        "IntervalMetadata": "oden.models.interval_metadata",
        "Match": "oden.models.match",
    },
)
