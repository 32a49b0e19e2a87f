"""ConnectorList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Optional

from ubiops._model import ApiModel, Limits, resolve_references

if TYPE_CHECKING:
    from ubiops.models.connector_field_list import ConnectorFieldList


class ConnectorList(ApiModel):
    """ConnectorList"""

    id: Optional[str] = None
    name: Annotated[str, Limits(max_length=64, min_length=1)]
    type: Annotated[str, Limits(max_length=64, min_length=1)]
    status: Optional[str] = None
    error_message: Optional[str] = None
    input_type: Annotated[str, Limits(max_length=64, min_length=1)]
    project: Optional[str] = None
    credentials: Annotated[str, Limits(min_length=1)]
    configuration: Optional[str] = None
    input_fields: Optional[list[ConnectorFieldList]] = None
    creation_date: Optional[datetime] = None
    last_updated: Optional[datetime] = None


resolve_references(
    ConnectorList,
    {
        "ConnectorFieldList": "ubiops.models.connector_field_list",
    },
)
