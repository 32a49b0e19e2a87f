"""IntervalBulkDelete: a model of Oden API."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.interval_type import IntervalType
    from oden.models.line import Line


class IntervalBulkDelete(ApiModel):
    """A range of intervals to delete"""

    type: Optional[IntervalType] = None
    line: Optional[Line] = None
    start_time: Optional[datetime] = None
    end_time: Optional[datetime] = None
    hard_delete: Optional[bool] = True


resolve_references(
    IntervalBulkDelete,
    {
        "IntervalType": "oden.models.interval_type",
        "Line": "oden.models.line",
    },
)
