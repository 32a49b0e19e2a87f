"""Logs: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from ubiops._model import ApiModel


class Logs(ApiModel):
    """Logs"""

    id: Optional[str] = None
    log: Optional[str] = None
    var_date: Optional[str] = Field(default=None, alias="date")
    connector_name: Optional[str] = None
    model_name: Optional[str] = None
    model_version: Optional[str] = None
    pipeline_name: Optional[str] = None
    pipeline_object_name: Optional[str] = None
    request_id: Optional[str] = None
    pipeline_request_id: Optional[str] = None
    system: Optional[bool] = None
