"""Logs: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class Logs(ApiModel):
    """Logs"""

    id: Optional[str] = Field(default=None)
    log: Optional[str] = Field(default=None)
    var_date: Optional[str] = Field(default=None, alias="date")
    connector_name: Optional[str] = Field(default=None)
    model_name: Optional[str] = Field(default=None)
    model_version: Optional[str] = Field(default=None)
    pipeline_name: Optional[str] = Field(default=None)
    pipeline_object_name: Optional[str] = Field(default=None)
    request_id: Optional[str] = Field(default=None)
    pipeline_request_id: Optional[str] = Field(default=None)
    system: Optional[bool] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(Logs, {})
