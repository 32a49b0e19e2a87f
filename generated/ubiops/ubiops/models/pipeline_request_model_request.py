"""PipelineRequestModelRequest: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class PipelineRequestModelRequest(ApiNullableModel):
    """PipelineRequestModelRequest"""

    request_id: Optional[str] = None
    pipeline_object: Annotated[str, Limits(min_length=1)]
    success: bool
    request_data: Optional[dict[str, Any]] = None
    result: Any = None
    error_message: Optional[str] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"error_message", "request_data", "request_id", "result"}
    )
