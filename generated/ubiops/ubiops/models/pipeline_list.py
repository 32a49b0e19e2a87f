"""PipelineList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.pipeline_input_field_list import PipelineInputFieldList


class PipelineList(ApiModel):
    """PipelineList"""

    id: Optional[str] = None
    name: str
    project: str
    description: Optional[str] = None
    input_type: str
    input_fields: list[PipelineInputFieldList]
    creation_date: Optional[datetime] = None
    last_updated: Optional[datetime] = None


resolve_references(
    PipelineList,
    {
        "PipelineInputFieldList": "ubiops.models.pipeline_input_field_list",
    },
)
