"""PipelineList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.pipeline_input_field_list import PipelineInputFieldList


class PipelineList(ApiModel):
    """PipelineList"""

    id: Optional[str] = Field(default=None)
    name: str
    project: str
    description: Optional[str] = Field(default=None)
    input_type: str
    input_fields: list[PipelineInputFieldList]
    creation_date: Optional[datetime] = Field(default=None)
    last_updated: Optional[datetime] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    PipelineList, {"PipelineInputFieldList": "ubiops.models.pipeline_input_field_list"}
)
