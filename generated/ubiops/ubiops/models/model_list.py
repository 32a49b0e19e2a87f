"""ModelList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.model_input_field_list import ModelInputFieldList
    from ubiops.models.model_output_field_list import ModelOutputFieldList


class ModelList(ApiModel):
    """ModelList"""

    id: Optional[str] = Field(default=None)
    name: str
    project: str
    description: Optional[str] = Field(default=None)
    input_type: str
    output_type: str
    input_fields: Optional[list[ModelInputFieldList]] = Field(default=None)
    output_fields: Optional[list[ModelOutputFieldList]] = Field(default=None)
    creation_date: Optional[datetime] = Field(default=None)
    last_updated: Optional[datetime] = Field(default=None)
    number_of_versions: Optional[str] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    ModelList,
    {
        "ModelInputFieldList": "ubiops.models.model_input_field_list",
        "ModelOutputFieldList": "ubiops.models.model_output_field_list",
    },
)
