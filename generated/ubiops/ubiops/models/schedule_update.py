"""ScheduleUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class ScheduleUpdate(ApiNullableModel):
    """ScheduleUpdate"""

    name: Annotated[Optional[str], Limits(min_length=1)] = None
    schedule: Annotated[Optional[str], Limits(min_length=1)] = None
    request_data: Optional[dict[str, Any]] = None
    batch: Optional[bool] = None
    timeout: Optional[int] = None
    enabled: Optional[bool] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"request_data"})
