"""BatchPipelineRequestResultList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal, Optional

from ubiops._model import ENUM, ApiNullableModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.batch_pipeline_request_model_request import BatchPipelineRequestModelRequest


class BatchPipelineRequestResultList(ApiNullableModel):
    """BatchPipelineRequestResultList"""

    id: str
    status: Annotated[Literal["pending", "processing", "completed", "failed"], ENUM]
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
