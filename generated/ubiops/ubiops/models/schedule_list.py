"""ScheduleList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class ScheduleList(ApiNullableModel):
    """ScheduleList"""

    id: Optional[str] = None
    name: Annotated[str, Limits(min_length=1)]
    object_type: Optional[str] = None
    object_name: Optional[str] = None
    version: Optional[str] = None
    schedule: Optional[str] = None
    request_data: Optional[dict[str, Any]] = None
    batch: Optional[bool] = None
    timeout: Optional[int] = None
    enabled: bool
    creation_date: Optional[datetime] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"request_data"})
