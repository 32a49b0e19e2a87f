"""SubscriptionUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class SubscriptionUpdate(ApiModel):
    """SubscriptionUpdate"""

    name: Optional[str] = Field(default=None)
    max_projects: Optional[int] = Field(default=None)
    max_users: Optional[int] = Field(default=None)
    logs_retention_days: Optional[int] = Field(default=None)
    gb_seconds: Optional[int] = Field(default=None)
    resources: Optional[int] = Field(default=None)
    agreement: Optional[str] = Field(default=None)
    terms_conditions: Optional[str] = Field(default=None)
    hidden: Optional[bool] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"logs_retention_days", "max_projects", "max_users"}
    )


resolve_references(SubscriptionUpdate, {})
