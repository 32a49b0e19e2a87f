"""WorkstreamEvents: a model of Pieces OS Client Open API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from pydantic import Field

from pieces_os_client._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from pieces_os_client.models.workstream_event import WorkstreamEvent


class WorkstreamEvents(ApiModel):
    """This is a collection of many Shadow Activity events."""

    indices: Optional[dict[str, int]] = Field(
        default=None, description="This is a Map<String, int> where the the key is an activity id."
    )
    iterable: list[WorkstreamEvent]
    var_schema: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )
    score: Optional[dict[str, Any]] = None


resolve_references(
    WorkstreamEvents,
    {
        "WorkstreamEvent": "pieces_os_client.models.workstream_event",
    },
)
