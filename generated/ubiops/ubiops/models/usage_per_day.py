"""UsagePerDay: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from ubiops._model import ApiModel, Limits, resolve_references

if TYPE_CHECKING:
    from ubiops.models.usage_per_day_metric import UsagePerDayMetric


class UsagePerDay(ApiModel):
    """UsagePerDay"""

    object_type: Annotated[str, Limits(min_length=1)]
    metric: Annotated[str, Limits(min_length=1)]
    usage: list[UsagePerDayMetric]


resolve_references(
    UsagePerDay,
    {
        "UsagePerDayMetric": "ubiops.models.usage_per_day_metric",
    },
)
