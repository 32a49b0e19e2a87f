"""ModelVersionCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from ubiops._model import ENUM, ApiModel, Limits


class ModelVersionCreate(ApiModel):
    """ModelVersionCreate"""

    version: Annotated[str, Limits(min_length=1)]
    language: Optional[
        Annotated[Literal["python3.5", "python3.6", "python3.7", "python3.8"], ENUM]
    ] = None
    memory_allocation: Annotated[Optional[int], Limits(ge=256, le=1048576)] = None
    maximum_instances: Annotated[Optional[int], Limits(ge=-2147483648, le=2147483647)] = None
    minimum_instances: Annotated[Optional[int], Limits(ge=-2147483648, le=2147483647)] = None
    maximum_idle_time: Annotated[Optional[int], Limits(ge=-2147483648, le=2147483647)] = None
    description: Optional[str] = None
