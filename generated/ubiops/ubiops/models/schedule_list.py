"""ScheduleList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class ScheduleList(ApiModel):
    """ScheduleList"""

    id: Optional[str] = Field(default=None)
    name: str
    object_type: Optional[str] = Field(default=None)
    object_name: Optional[str] = Field(default=None)
    version: Optional[str] = Field(default=None)
    schedule: Optional[str] = Field(default=None)
    request_data: Optional[dict[str, Any]] = Field(default=None)
    batch: Optional[bool] = Field(default=None)
    timeout: Optional[int] = Field(default=None)
    enabled: bool
    creation_date: Optional[datetime] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset({"request_data"})


resolve_references(ScheduleList, {})
