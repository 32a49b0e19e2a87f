"""ConnectorUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.connector_field_create import ConnectorFieldCreate


class ConnectorUpdate(ApiModel):
    """ConnectorUpdate"""

    name: str
    credentials: Optional[str] = None
    configuration: Optional[dict[str, str]] = None
    input_fields: Optional[list[ConnectorFieldCreate]] = None


resolve_references(
    ConnectorUpdate,
    {
        "ConnectorFieldCreate": "ubiops.models.connector_field_create",
    },
)
