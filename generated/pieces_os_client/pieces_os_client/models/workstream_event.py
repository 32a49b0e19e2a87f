"""WorkstreamEvent: a model of Pieces OS Client Open API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from pydantic import Field

from pieces_os_client._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from pieces_os_client.models.capabilities_enum import CapabilitiesEnum


class WorkstreamEvent(ApiModel):
    """This is a Shadow Activity event:  This is used to for 2 collections the internal Shadow Activity collection and the Shadow Activity Collection.  The Internal Shadow Activity will me just a massive growing and shrinkling persisted list activity event that will endup getting rolled up into Workstream summaries. When we roll up the internalWorkstreamEvent events we will do a ton of filtering and only take the highly relevant events and turn them into WorkstreamEvent (these will be used to create a reference to the workstream summary, so we can know what event were used to generate the summary and vise versa).  A Shadow Activity model is a collection of a ton of small interactions with the plugins (copy/paste/file open/file close/tab changed/...etc events) that will also enable use to know what materials are being used to funnel them into our engine to show highly relevant data according to your given flow."""

    anchors: Optional[dict[str, Any]] = None
    annotations: Optional[dict[str, Any]] = None
    application: dict[str, Any]
    browser_url: Optional[str] = Field(
        default=None, validation_alias="browserUrl", serialization_alias="browserUrl"
    )
    context: Optional[dict[str, Any]] = None
    created: dict[str, Any]
    id: str
    messages: Optional[dict[str, Any]] = None
    persons: Optional[dict[str, Any]] = None
    processing: Optional[CapabilitiesEnum] = None
    readable: Optional[str] = None
    var_schema: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )
    score: Optional[dict[str, Any]] = None
    source_windows: Optional[dict[str, Any]] = None
    sources: Optional[dict[str, Any]] = None
    summaries: Optional[dict[str, Any]] = None
    tags: Optional[dict[str, Any]] = None
    trigger: dict[str, Any]
    updated: dict[str, Any]
    websites: Optional[dict[str, Any]] = None
    window_title: Optional[str] = Field(
        default=None,
        validation_alias="windowTitle",
        serialization_alias="windowTitle",
        description="This is the title of a tab, or a title of a file in the ide (this is a temporary property used for the WPE flow)",
    )
    workstream_events_vector: Optional[list[float]] = Field(
        default=None,
        validation_alias="workstreamEventsVector",
        serialization_alias="workstreamEventsVector",
        description="This is the embedding for the format.(NEEDs to connection.vector) and specific here because we can only index on a single name NOTE: this is the vector index that corresponds to the couchbase lite index.",
    )


resolve_references(
    WorkstreamEvent,
    {
        "CapabilitiesEnum": "pieces_os_client.models.capabilities_enum",
    },
)
