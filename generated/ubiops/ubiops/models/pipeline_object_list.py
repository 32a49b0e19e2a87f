"""PipelineObjectList: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.model_input_field_create import ModelInputFieldCreate
    from ubiops.models.model_output_field_create import ModelOutputFieldCreate


class PipelineObjectList(ApiModel):
    """PipelineObjectList"""

    id: str
    name: str
    reference_type: str
    reference_name: str
    version: Optional[str] = None
    input_type: Optional[str] = None
    output_type: Optional[str] = None
    input_fields: Optional[list[ModelInputFieldCreate]] = None
    output_fields: Optional[list[ModelOutputFieldCreate]] = None


resolve_references(
    PipelineObjectList,
    {
        "ModelInputFieldCreate": "ubiops.models.model_input_field_create",
        "ModelOutputFieldCreate": "ubiops.models.model_output_field_create",
    },
)
