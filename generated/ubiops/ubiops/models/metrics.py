"""Metrics: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from ubiops._model import ApiModel


class Metrics(ApiModel):
    """Metrics"""

    value: Optional[float] = None
    start_time: Optional[datetime] = None
    end_time: Optional[datetime] = None
