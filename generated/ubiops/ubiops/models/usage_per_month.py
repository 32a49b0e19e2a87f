"""UsagePerMonth: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.usage_per_month_metric import UsagePerMonthMetric


class UsagePerMonth(ApiModel):
    """UsagePerMonth"""

    object_type: str
    metric: str
    usage: list[UsagePerMonthMetric]


resolve_references(
    UsagePerMonth,
    {
        "UsagePerMonthMetric": "ubiops.models.usage_per_month_metric",
    },
)
