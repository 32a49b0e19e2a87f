"""PipelineRequestList: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.pipeline_request_model_request import PipelineRequestModelRequest


class PipelineRequestList(ApiModel):
    """PipelineRequestList"""

    project: str
    pipeline: str
    pipeline_request_id: str
    model_requests: list[PipelineRequestModelRequest]


resolve_references(
    PipelineRequestList,
    {
        "PipelineRequestModelRequest": "ubiops.models.pipeline_request_model_request",
    },
)
