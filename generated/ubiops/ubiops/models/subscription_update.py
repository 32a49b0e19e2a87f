"""SubscriptionUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from ubiops._model import ApiModel


class SubscriptionUpdate(ApiModel):
    """SubscriptionUpdate"""

    name: Optional[str] = None
    max_projects: Optional[int] = None
    max_users: Optional[int] = None
    logs_retention_days: Optional[int] = None
    gb_seconds: Optional[int] = None
    resources: Optional[int] = None
    agreement: Optional[str] = None
    terms_conditions: Optional[str] = None
    hidden: Optional[bool] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"logs_retention_days", "max_projects", "max_users"}
    )
