"""OrganizationUpdate: a model of UbiOps."""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class OrganizationUpdate(ApiModel):
    """OrganizationUpdate"""

    name: Optional[str] = Field(default=None)
    subscription: Optional[str] = Field(default=None)
    subscription_agreed: Optional[bool] = Field(default=None)
    subscription_end_date: Optional[date] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset({"subscription_end_date"})


resolve_references(OrganizationUpdate, {})
