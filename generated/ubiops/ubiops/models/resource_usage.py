"""ResourceUsage: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class ResourceUsage(ApiModel):
    """ResourceUsage"""

    projects: Optional[str] = Field(default=None)
    users: Optional[str] = Field(default=None)
    models: Optional[str] = Field(default=None)
    versions: Optional[str] = Field(default=None)
    connectors: Optional[str] = Field(default=None)
    pipelines: Optional[str] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(ResourceUsage, {})
