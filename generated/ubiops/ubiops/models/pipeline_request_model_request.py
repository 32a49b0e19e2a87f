"""PipelineRequestModelRequest: a model of UbiOps."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class PipelineRequestModelRequest(ApiModel):
    """PipelineRequestModelRequest"""

    request_id: Optional[str] = Field(default=None)
    pipeline_object: str
    success: bool
    request_data: Optional[dict[str, Any]] = Field(default=None)
    result: Any = Field(default=None)
    error_message: Optional[str] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"error_message", "request_data", "request_id", "result"}
    )


resolve_references(PipelineRequestModelRequest, {})
