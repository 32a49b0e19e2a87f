"""BatchModelRequestResultList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class BatchModelRequestResultList(ApiModel):
    """BatchModelRequestResultList"""

    id: str
    status: str
    success: Optional[bool] = Field(default=None)
    time_created: datetime
    time_last_updated: datetime
    request_data: Optional[dict[str, Any]] = Field(default=None)
    result: Any = Field(default=None)
    error_message: Optional[str] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"error_message", "request_data", "result", "success"}
    )


resolve_references(BatchModelRequestResultList, {})
