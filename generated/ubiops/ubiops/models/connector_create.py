"""ConnectorCreate: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

from ubiops._model import ApiModel, Limits, resolve_references

if TYPE_CHECKING:
    from ubiops.models.connector_field_create import ConnectorFieldCreate


class ConnectorCreate(ApiModel):
    """ConnectorCreate"""

    name: Annotated[str, Limits(max_length=64, min_length=1)]
    type: Annotated[str, Limits(max_length=64, min_length=1)]
    credentials: Annotated[str, Limits(min_length=1)]
    configuration: dict[str, str]
    input_fields: Optional[list[ConnectorFieldCreate]] = None


resolve_references(
    ConnectorCreate,
    {
        "ConnectorFieldCreate": "ubiops.models.connector_field_create",
    },
)
