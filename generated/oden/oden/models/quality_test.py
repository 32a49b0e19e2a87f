"""QualityTest: a model of Oden API."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional
from uuid import UUID

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.interval import Interval
    from oden.models.match import Match
    from oden.models.quality_schema import QualitySchema


class QualityTest(ApiModel):
    """An object representing a QA test for a line for a particular run or batch interval."""

    id: Optional[UUID] = None
    raw_data: Optional[dict[str, Any]] = None
    timestamp: Optional[datetime] = None
    interval: Optional[Interval] = None
    quality_schema: Optional[QualitySchema] = None
    match: Optional[Match] = None


resolve_references(
    QualityTest,
    {
        "Interval": "oden.models.interval",
        "QualitySchema": "oden.models.quality_schema",
        "Match": "oden.models.match",
    },
)
