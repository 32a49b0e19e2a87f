"""WorkstreamEventsBatchFetchInput: a model of Pieces OS Client Open API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from pydantic import Field

from pieces_os_client._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from pieces_os_client.models.flattened_workstream_events import FlattenedWorkstreamEvents


class WorkstreamEventsBatchFetchInput(ApiModel):
    """Input model for batch fetching workstream events. Note: This model accepts an optional list of event UUIDs that will be fetched. The workstreamEvents property is optional to support future functionality such as fetching all events within a given time range or other filtering criteria."""

    var_schema: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )
    workstream_events: Optional[FlattenedWorkstreamEvents] = Field(
        default=None, validation_alias="workstreamEvents", serialization_alias="workstreamEvents"
    )


resolve_references(
    WorkstreamEventsBatchFetchInput,
    {
        "FlattenedWorkstreamEvents": "pieces_os_client.models.flattened_workstream_events",
    },
)
