"""ConnectorCreate: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.connector_field_create import ConnectorFieldCreate


class ConnectorCreate(ApiModel):
    """ConnectorCreate"""

    name: str
    type: str
    credentials: str
    configuration: dict[str, str]
    input_fields: Optional[list[ConnectorFieldCreate]] = None


resolve_references(
    ConnectorCreate,
    {
        "ConnectorFieldCreate": "ubiops.models.connector_field_create",
    },
)
