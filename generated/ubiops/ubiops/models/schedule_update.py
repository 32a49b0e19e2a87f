"""ScheduleUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

from ubiops._model import ApiModel


class ScheduleUpdate(ApiModel):
    """ScheduleUpdate"""

    name: Optional[str] = None
    schedule: Optional[str] = None
    request_data: Optional[dict[str, Any]] = None
    batch: Optional[bool] = None
    timeout: Optional[int] = None
    enabled: Optional[bool] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"request_data"})
