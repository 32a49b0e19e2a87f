"""ConnectorList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.connector_field_list import ConnectorFieldList


class ConnectorList(ApiModel):
    """ConnectorList"""

    id: Optional[str] = Field(default=None)
    name: str
    type: str
    status: Optional[str] = Field(default=None)
    error_message: Optional[str] = Field(default=None)
    input_type: str
    project: Optional[str] = Field(default=None)
    credentials: str
    configuration: Optional[str] = Field(default=None)
    input_fields: Optional[list[ConnectorFieldList]] = Field(default=None)
    creation_date: Optional[datetime] = Field(default=None)
    last_updated: Optional[datetime] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(ConnectorList, {"ConnectorFieldList": "ubiops.models.connector_field_list"})
