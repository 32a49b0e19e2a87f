"""PipelineRequestList: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from ubiops._model import ApiModel, Limits, resolve_references

if TYPE_CHECKING:
    from ubiops.models.pipeline_request_model_request import PipelineRequestModelRequest


class PipelineRequestList(ApiModel):
    """PipelineRequestList"""

    project: Annotated[str, Limits(min_length=1)]
    pipeline: Annotated[str, Limits(min_length=1)]
    pipeline_request_id: str
    model_requests: list[PipelineRequestModelRequest]


resolve_references(
    PipelineRequestList,
    {
        "PipelineRequestModelRequest": "ubiops.models.pipeline_request_model_request",
    },
)
