"""FlattenedWorkstreamEvents: a model of Pieces OS Client Open API."""

from __future__ import annotations

from typing import Any, Optional

from pydantic import Field

from pieces_os_client._model import ApiModel


class FlattenedWorkstreamEvents(ApiModel):
    """This is a plural (DAG Safe) version of a WorkstreamEvents."""

    indices: Optional[dict[str, int]] = Field(
        default=None, description="This is a Map<String, int> where the the key is an activity id."
    )
    iterable: list[dict[str, Any]]
    var_schema: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )
    score: Optional[dict[str, Any]] = None
