"""ModelList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Optional

from ubiops._model import ApiModel, Limits, resolve_references

if TYPE_CHECKING:
    from ubiops.models.model_input_field_list import ModelInputFieldList
    from ubiops.models.model_output_field_list import ModelOutputFieldList


class ModelList(ApiModel):
    """ModelList"""

    id: Optional[str] = None
    name: Annotated[str, Limits(max_length=64, min_length=1)]
    project: Annotated[str, Limits(min_length=1)]
    description: Annotated[Optional[str], Limits(max_length=200)] = None
    input_type: Annotated[str, Limits(min_length=1)]
    output_type: Annotated[str, Limits(min_length=1)]
    input_fields: Optional[list[ModelInputFieldList]] = None
    output_fields: Optional[list[ModelOutputFieldList]] = None
    creation_date: Optional[datetime] = None
    last_updated: Optional[datetime] = None
    number_of_versions: Optional[str] = None


resolve_references(
    ModelList,
    {
        "ModelInputFieldList": "ubiops.models.model_input_field_list",
        "ModelOutputFieldList": "ubiops.models.model_output_field_list",
    },
)
