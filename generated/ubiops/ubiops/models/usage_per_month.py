"""UsagePerMonth: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from ubiops._model import ApiModel, Limits, resolve_references

if TYPE_CHECKING:
    from ubiops.models.usage_per_month_metric import UsagePerMonthMetric


class UsagePerMonth(ApiModel):
    """UsagePerMonth"""

    object_type: Annotated[str, Limits(min_length=1)]
    metric: Annotated[str, Limits(min_length=1)]
    usage: list[UsagePerMonthMetric]


resolve_references(
    UsagePerMonth,
    {
        "UsagePerMonthMetric": "ubiops.models.usage_per_month_metric",
    },
)
