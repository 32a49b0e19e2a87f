"""ModelVersionList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class ModelVersionList(ApiNullableModel):
    """ModelVersionList"""

    id: Optional[str] = None
    model: Annotated[str, Limits(min_length=1)]
    version: Annotated[str, Limits(max_length=64, min_length=1)]
    description: Annotated[Optional[str], Limits(max_length=200)] = None
    language: Annotated[str, Limits(min_length=1)]
    status: Annotated[str, Limits(min_length=1)]
    error_message: Optional[Annotated[str, Limits(max_length=500)]] = None
    memory_allocation: Annotated[Optional[int], Limits(ge=256, le=1048576)] = None
    maximum_instances: Annotated[Optional[int], Limits(ge=-2147483648, le=2147483647)] = None
    minimum_instances: Annotated[Optional[int], Limits(ge=-2147483648, le=2147483647)] = None
    maximum_idle_time: Annotated[Optional[int], Limits(ge=-2147483648, le=2147483647)] = None
    creation_date: Optional[datetime] = None
    last_updated: Optional[datetime] = None
    file_last_updated: Optional[datetime] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"error_message"})
