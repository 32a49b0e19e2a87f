"""PipelineObjectList: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

from ubiops._model import ApiModel, Limits, resolve_references

if TYPE_CHECKING:
    from ubiops.models.model_input_field_create import ModelInputFieldCreate
    from ubiops.models.model_output_field_create import ModelOutputFieldCreate


class PipelineObjectList(ApiModel):
    """PipelineObjectList"""

    id: str
    name: Annotated[str, Limits(min_length=1)]
    reference_type: Annotated[str, Limits(min_length=1)]
    reference_name: Annotated[str, Limits(min_length=1)]
    version: Annotated[Optional[str], Limits(min_length=1)] = None
    input_type: Annotated[Optional[str], Limits(min_length=1)] = None
    output_type: Annotated[Optional[str], Limits(min_length=1)] = None
    input_fields: Optional[list[ModelInputFieldCreate]] = None
    output_fields: Optional[list[ModelOutputFieldCreate]] = None


resolve_references(
    PipelineObjectList,
    {
        "ModelInputFieldCreate": "ubiops.models.model_input_field_create",
        "ModelOutputFieldCreate": "ubiops.models.model_output_field_create",
    },
)
