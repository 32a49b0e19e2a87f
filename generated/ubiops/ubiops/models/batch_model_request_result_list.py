"""BatchModelRequestResultList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal, Optional

from ubiops._model import ENUM, ApiNullableModel


class BatchModelRequestResultList(ApiNullableModel):
    """BatchModelRequestResultList"""

    id: str
    status: Annotated[Literal["pending", "processing", "completed", "failed"], ENUM]
    success: Optional[bool] = None
    time_created: datetime
    time_last_updated: datetime
    request_data: Optional[dict[str, Any]] = None
    result: Any = None
    error_message: Optional[str] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"error_message", "request_data", "result", "success"}
    )
