"""OrganizationList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class OrganizationList(ApiModel):
    """OrganizationList"""

    id: Optional[str] = Field(default=None)
    name: str
    creation_date: Optional[datetime] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(OrganizationList, {})
