"""V2IntervalsDeletePost200Response: a model of Oden API."""

from __future__ import annotations

from typing import Optional

from oden._model import ApiModel


class V2IntervalsDeletePost200Response(ApiModel):
    """V2IntervalsDeletePost200Response"""

    num_deleted: Optional[int] = None
    failed_intervals: Optional[list[str]] = None
