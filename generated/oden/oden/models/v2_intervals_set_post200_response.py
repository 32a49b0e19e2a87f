"""V2IntervalsSetPost200Response: a model of Oden API."""

from __future__ import annotations

from typing import Optional

from oden._model import ApiModel


class V2IntervalsSetPost200Response(ApiModel):
    """V2IntervalsSetPost200Response"""

    interval_ids: Optional[list[str]] = None
