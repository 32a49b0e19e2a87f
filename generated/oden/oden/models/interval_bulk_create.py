"""IntervalBulkCreate: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.interval import Interval
    from oden.models.interval_type import IntervalType
    from oden.models.line import Line


class IntervalBulkCreate(ApiModel):
    """A set of intervals to create"""

    type: Optional[IntervalType] = None
    line: Optional[Line] = None
    intervals: Optional[list[Interval]] = None


resolve_references(
    IntervalBulkCreate,
    {
        "IntervalType": "oden.models.interval_type",
        "Line": "oden.models.line",
        "Interval": "oden.models.interval",
    },
)
