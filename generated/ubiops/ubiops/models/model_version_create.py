"""ModelVersionCreate: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class ModelVersionCreate(ApiModel):
    """ModelVersionCreate"""

    version: str
    language: Optional[str] = Field(default=None)
    memory_allocation: Optional[int] = Field(default=None)
    maximum_instances: Optional[int] = Field(default=None)
    minimum_instances: Optional[int] = Field(default=None)
    maximum_idle_time: Optional[int] = Field(default=None)
    description: Optional[str] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(ModelVersionCreate, {})
