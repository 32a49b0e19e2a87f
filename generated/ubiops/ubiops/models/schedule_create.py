"""ScheduleCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

from ubiops._model import ApiModel


class ScheduleCreate(ApiModel):
    """ScheduleCreate"""

    name: str
    object_type: str
    object_name: str
    version: Optional[str] = None
    schedule: str
    request_data: Optional[dict[str, Any]] = None
    batch: Optional[bool] = None
    timeout: Optional[int] = None
    enabled: Optional[bool] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"request_data"})
