"""Logs: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from pydantic import AliasChoices, Field

from ubiops._model import ApiModel, Limits


class Logs(ApiModel):
    """Logs"""

    id: Annotated[Optional[str], Limits(min_length=1)] = None
    log: Annotated[Optional[str], Limits(min_length=1)] = None
    date: Annotated[Optional[str], Limits(min_length=1)] = Field(
        default=None, validation_alias=AliasChoices("date", "var_date"), serialization_alias="date"
    )
    connector_name: Annotated[Optional[str], Limits(min_length=1)] = None
    model_name: Annotated[Optional[str], Limits(min_length=1)] = None
    model_version: Annotated[Optional[str], Limits(min_length=1)] = None
    pipeline_name: Annotated[Optional[str], Limits(min_length=1)] = None
    pipeline_object_name: Annotated[Optional[str], Limits(min_length=1)] = None
    request_id: Optional[str] = None
    pipeline_request_id: Optional[str] = None
    system: Optional[bool] = None
