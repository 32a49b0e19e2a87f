"""IntervalBulkCreate: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.interval import Interval
    from oden.models.interval_type import IntervalType
    from oden.models.line import Line


class IntervalBulkCreate(ApiModel):
    """A set of intervals to create"""

    type: Optional[IntervalType] = Field(default=None)
    line: Optional[Line] = Field(default=None)
    intervals: Optional[list[Interval]] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    IntervalBulkCreate,
    {
        "IntervalType": "oden.models.interval_type",
        "Line": "oden.models.line",
        "Interval": "oden.models.interval",
    },
)
