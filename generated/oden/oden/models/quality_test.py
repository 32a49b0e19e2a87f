"""QualityTest: a model of Oden API."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.interval import Interval
    from oden.models.match import Match
    from oden.models.quality_schema import QualitySchema


class QualityTest(ApiModel):
    """An object representing a QA test for a line for a particular run or batch interval."""

    id: Optional[str] = Field(default=None)
    raw_data: Optional[dict[str, Any]] = Field(default=None)
    timestamp: Optional[datetime] = Field(default=None)
    interval: Optional[Interval] = Field(default=None)
    quality_schema: Optional[QualitySchema] = Field(default=None)
    match: Optional[Match] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    QualityTest,
    {
        "Interval": "oden.models.interval",
        "QualitySchema": "oden.models.quality_schema",
        "Match": "oden.models.match",
    },
)
