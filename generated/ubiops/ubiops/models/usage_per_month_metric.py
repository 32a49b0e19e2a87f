"""UsagePerMonthMetric: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from ubiops._model import ApiModel, resolve_references


class UsagePerMonthMetric(ApiModel):
    """UsagePerMonthMetric"""

    month: datetime
    value: float
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(UsagePerMonthMetric, {})
