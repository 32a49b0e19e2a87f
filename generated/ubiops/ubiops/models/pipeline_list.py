"""PipelineList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Optional

from ubiops._model import ApiModel, Limits, resolve_references

if TYPE_CHECKING:
    from ubiops.models.pipeline_input_field_list import PipelineInputFieldList


class PipelineList(ApiModel):
    """PipelineList"""

    id: Optional[str] = None
    name: Annotated[str, Limits(max_length=64, min_length=1)]
    project: Annotated[str, Limits(min_length=1)]
    description: Annotated[Optional[str], Limits(max_length=200)] = None
    input_type: Annotated[str, Limits(min_length=1)]
    input_fields: list[PipelineInputFieldList]
    creation_date: Optional[datetime] = None
    last_updated: Optional[datetime] = None


resolve_references(
    PipelineList,
    {
        "PipelineInputFieldList": "ubiops.models.pipeline_input_field_list",
    },
)
