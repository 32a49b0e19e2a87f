"""OrganizationCreate: a model of UbiOps."""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class OrganizationCreate(ApiModel):
    """OrganizationCreate"""

    name: str
    subscription: str
    subscription_agreed: bool
    subscription_end_date: Optional[date] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(OrganizationCreate, {})
