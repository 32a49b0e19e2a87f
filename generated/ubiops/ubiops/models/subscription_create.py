"""SubscriptionCreate: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class SubscriptionCreate(ApiModel):
    """SubscriptionCreate"""

    name: str
    max_projects: int
    max_users: int
    logs_retention_days: int
    gb_seconds: int
    resources: int
    agreement: Optional[str] = Field(default=None)
    terms_conditions: Optional[str] = Field(default=None)
    hidden: Optional[bool] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(SubscriptionCreate, {})
