"""ModelVersionCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class ModelVersionCreate(ApiModel):
    """ModelVersionCreate"""

    version: Annotated[str, Limits(min_length=1)]
    language: Optional[str] = None
    memory_allocation: Annotated[Optional[int], Limits(ge=256, le=1048576)] = None
    maximum_instances: Annotated[Optional[int], Limits(ge=-2147483648, le=2147483647)] = None
    minimum_instances: Annotated[Optional[int], Limits(ge=-2147483648, le=2147483647)] = None
    maximum_idle_time: Annotated[Optional[int], Limits(ge=-2147483648, le=2147483647)] = None
    description: Optional[str] = None
