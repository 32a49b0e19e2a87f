"""PipelineCreate: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, Optional

from ubiops._model import ENUM, ApiModel, Limits, resolve_references

if TYPE_CHECKING:
    from ubiops.models.pipeline_input_field_create import PipelineInputFieldCreate


class PipelineCreate(ApiModel):
    """PipelineCreate"""

    name: Annotated[str, Limits(max_length=64, min_length=1)]
    description: Optional[str] = None
    input_type: Annotated[Literal["structured", "plain", "blob"], ENUM]
    input_fields: Optional[list[PipelineInputFieldCreate]] = None


resolve_references(
    PipelineCreate,
    {
        "PipelineInputFieldCreate": "ubiops.models.pipeline_input_field_create",
    },
)
