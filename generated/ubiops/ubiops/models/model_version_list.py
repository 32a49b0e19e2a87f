"""ModelVersionList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class ModelVersionList(ApiModel):
    """ModelVersionList"""

    id: Optional[str] = Field(default=None)
    model: str
    version: str
    description: Optional[str] = Field(default=None)
    language: str
    status: str
    error_message: Optional[str] = Field(default=None)
    memory_allocation: Optional[int] = Field(default=None)
    maximum_instances: Optional[int] = Field(default=None)
    minimum_instances: Optional[int] = Field(default=None)
    maximum_idle_time: Optional[int] = Field(default=None)
    creation_date: Optional[datetime] = Field(default=None)
    last_updated: Optional[datetime] = Field(default=None)
    file_last_updated: Optional[datetime] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset({"error_message"})


resolve_references(ModelVersionList, {})
