"""SubscriptionCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class SubscriptionCreate(ApiModel):
    """SubscriptionCreate"""

    name: str
    max_projects: int
    max_users: int
    logs_retention_days: int
    gb_seconds: int
    resources: int
    agreement: Optional[str] = None
    terms_conditions: Optional[str] = None
    hidden: Optional[bool] = None
