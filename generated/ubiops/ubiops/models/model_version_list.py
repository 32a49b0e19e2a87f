"""ModelVersionList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Optional

from ubiops._model import ApiModel


class ModelVersionList(ApiModel):
    """ModelVersionList"""

    id: Optional[str] = None
    model: str
    version: str
    description: Optional[str] = None
    language: str
    status: str
    error_message: Optional[str] = None
    memory_allocation: Optional[int] = None
    maximum_instances: Optional[int] = None
    minimum_instances: Optional[int] = None
    maximum_idle_time: Optional[int] = None
    creation_date: Optional[datetime] = None
    last_updated: Optional[datetime] = None
    file_last_updated: Optional[datetime] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"error_message"})
