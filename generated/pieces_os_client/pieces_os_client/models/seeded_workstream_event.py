"""SeededWorkstreamEvent: a model of Pieces OS Client Open API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from pydantic import Field

from pieces_os_client._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from pieces_os_client.models.capabilities_enum import CapabilitiesEnum


class SeededWorkstreamEvent(ApiModel):
    """This is a precreated version of a WorkstreamEvent event, this will be used ingested into PiecesOS and PiecesOS will do all the magic to transform this into relevant data show in the workstream feed.  NOTE: the source on the WorkstreamEvent is calculated based on the WorkstreamEvent's Context.(associated and created at the db level)"""

    anchors: Optional[dict[str, Any]] = None
    application: dict[str, Any]
    context: Optional[dict[str, Any]] = None
    internal_identifier: Optional[str] = Field(
        default=None,
        description="This is used to override the event identifier, if this was an event that was originally in the internal events collection.",
    )
    persons: Optional[dict[str, Any]] = None
    processing: Optional[CapabilitiesEnum] = None
    readable: Optional[str] = None
    var_schema: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )
    score: Optional[dict[str, Any]] = None
    summary: Optional[dict[str, Any]] = None
    tags: Optional[dict[str, Any]] = None
    trigger: dict[str, Any]
    websites: Optional[dict[str, Any]] = None
    workstream_events_vector: Optional[list[float]] = Field(
        default=None,
        validation_alias="workstreamEventsVector",
        serialization_alias="workstreamEventsVector",
        description="This is the embedding for the format.(NEEDs to connection.vector) and specific here because we can only index on a single name NOTE: this is the vector index that corresponds to the couchbase lite index.",
    )


resolve_references(
    SeededWorkstreamEvent,
    {
        "CapabilitiesEnum": "pieces_os_client.models.capabilities_enum",
    },
)
