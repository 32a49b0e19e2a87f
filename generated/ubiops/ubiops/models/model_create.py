"""ModelCreate: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, Optional

from ubiops._model import ENUM, ApiModel, Limits, resolve_references

if TYPE_CHECKING:
    from ubiops.models.model_input_field_create import ModelInputFieldCreate
    from ubiops.models.model_output_field_create import ModelOutputFieldCreate


class ModelCreate(ApiModel):
    """ModelCreate"""

    name: Annotated[str, Limits(max_length=64, min_length=1)]
    description: Optional[str] = None
    input_type: Annotated[Literal["structured", "plain", "blob"], ENUM]
    output_type: Annotated[Literal["structured", "plain", "blob"], ENUM]
    input_fields: Optional[list[ModelInputFieldCreate]] = None
    output_fields: Optional[list[ModelOutputFieldCreate]] = None


resolve_references(
    ModelCreate,
    {
        "ModelInputFieldCreate": "ubiops.models.model_input_field_create",
        "ModelOutputFieldCreate": "ubiops.models.model_output_field_create",
    },
)
