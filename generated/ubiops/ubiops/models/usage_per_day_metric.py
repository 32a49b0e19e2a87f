"""UsagePerDayMetric: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime

from ubiops._model import ApiModel


class UsagePerDayMetric(ApiModel):
    """UsagePerDayMetric"""

    day: datetime
    value: float
