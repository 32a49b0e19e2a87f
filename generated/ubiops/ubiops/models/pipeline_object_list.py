"""PipelineObjectList: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

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
    version: Optional[str] = Field(default=None)
    input_type: Optional[str] = Field(default=None)
    output_type: Optional[str] = Field(default=None)
    input_fields: Optional[list[ModelInputFieldCreate]] = Field(default=None)
    output_fields: Optional[list[ModelOutputFieldCreate]] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    PipelineObjectList,
    {
        "ModelInputFieldCreate": "ubiops.models.model_input_field_create",
        "ModelOutputFieldCreate": "ubiops.models.model_output_field_create",
    },
)
