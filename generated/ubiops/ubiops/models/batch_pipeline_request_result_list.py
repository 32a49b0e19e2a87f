"""BatchPipelineRequestResultList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, Optional

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.batch_pipeline_request_model_request import BatchPipelineRequestModelRequest


class BatchPipelineRequestResultList(ApiModel):
    """BatchPipelineRequestResultList"""

    id: str
    status: str
    success: Optional[bool] = None
    time_created: datetime
    time_last_updated: Optional[datetime] = None
    request_data: Optional[dict[str, str]] = None
    model_requests: list[BatchPipelineRequestModelRequest]
    error_message: Optional[str] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"error_message", "success"})


resolve_references(
    BatchPipelineRequestResultList,
    {
        "BatchPipelineRequestModelRequest": "ubiops.models.batch_pipeline_request_model_request",
    },
)
