"""ScheduleCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class ScheduleCreate(ApiModel):
    """ScheduleCreate"""

    name: str
    object_type: str
    object_name: str
    version: Optional[str] = Field(default=None)
    schedule: str
    request_data: Optional[dict[str, Any]] = Field(default=None)
    batch: Optional[bool] = Field(default=None)
    timeout: Optional[int] = Field(default=None)
    enabled: Optional[bool] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset({"request_data"})


resolve_references(ScheduleCreate, {})
