"""PipelineRequestList: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.pipeline_request_model_request import PipelineRequestModelRequest


class PipelineRequestList(ApiModel):
    """PipelineRequestList"""

    project: str
    pipeline: str
    pipeline_request_id: str
    model_requests: list[PipelineRequestModelRequest]
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    PipelineRequestList,
    {"PipelineRequestModelRequest": "ubiops.models.pipeline_request_model_request"},
)
