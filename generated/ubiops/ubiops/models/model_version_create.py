"""ModelVersionCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class ModelVersionCreate(ApiModel):
    """ModelVersionCreate"""

    version: str
    language: Optional[str] = None
    memory_allocation: Optional[int] = None
    maximum_instances: Optional[int] = None
    minimum_instances: Optional[int] = None
    maximum_idle_time: Optional[int] = None
    description: Optional[str] = None
