"""ProjectList: a model of UbiOps."""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class ProjectList(ApiModel):
    """ProjectList"""

    id: Optional[str] = Field(default=None)
    name: str
    creation_date: Optional[date] = Field(default=None)
    organization_name: str
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(ProjectList, {})
