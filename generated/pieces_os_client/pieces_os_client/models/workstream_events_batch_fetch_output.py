"""WorkstreamEventsBatchFetchOutput: a model of Pieces OS Client Open API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from pydantic import Field

from pieces_os_client._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from pieces_os_client.models.workstream_events import WorkstreamEvents


class WorkstreamEventsBatchFetchOutput(ApiModel):
    """Output model for batch fetching workstream events. Properties: - workstreamEvents: The successfully fetched workstream events (required) - notFound: List of UUIDs that were requested but not found"""

    not_found: Optional[list[str]] = Field(
        default=None,
        validation_alias="notFound",
        serialization_alias="notFound",
        description="List of UUIDs that were requested but not found",
    )
    var_schema: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )
    workstream_events: WorkstreamEvents = Field(
        validation_alias="workstreamEvents", serialization_alias="workstreamEvents"
    )


resolve_references(
    WorkstreamEventsBatchFetchOutput,
    {
        "WorkstreamEvents": "pieces_os_client.models.workstream_events",
    },
)
