"""UsagePerDay: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.usage_per_day_metric import UsagePerDayMetric


class UsagePerDay(ApiModel):
    """UsagePerDay"""

    object_type: str
    metric: str
    usage: list[UsagePerDayMetric]


resolve_references(
    UsagePerDay,
    {
        "UsagePerDayMetric": "ubiops.models.usage_per_day_metric",
    },
)
