"""BatchPipelineRequestModelRequest: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class BatchPipelineRequestModelRequest(ApiNullableModel):
    """BatchPipelineRequestModelRequest"""

    id: Optional[str] = None
    pipeline_object: Annotated[str, Limits(min_length=1)]
    success: Optional[bool] = None
    time_created: datetime
    time_last_updated: datetime
    request_data: Optional[dict[str, Any]] = None
    result: Any = None
    error_message: Optional[str] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"error_message", "id", "request_data", "result", "success"}
    )
