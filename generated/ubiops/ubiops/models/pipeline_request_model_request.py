"""PipelineRequestModelRequest: a model of UbiOps."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

from ubiops._model import ApiModel


class PipelineRequestModelRequest(ApiModel):
    """PipelineRequestModelRequest"""

    request_id: Optional[str] = None
    pipeline_object: str
    success: bool
    request_data: Optional[dict[str, Any]] = None
    result: Any = None
    error_message: Optional[str] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"error_message", "request_data", "request_id", "result"}
    )
