"""ConnectorList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.connector_field_list import ConnectorFieldList


class ConnectorList(ApiModel):
    """ConnectorList"""

    id: Optional[str] = None
    name: str
    type: str
    status: Optional[str] = None
    error_message: Optional[str] = None
    input_type: str
    project: Optional[str] = None
    credentials: str
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
