"""SubscriptionCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class SubscriptionCreate(ApiModel):
    """SubscriptionCreate"""

    name: Annotated[str, Limits(max_length=64, min_length=1)]
    max_projects: int
    max_users: int
    logs_retention_days: int
    gb_seconds: int
    resources: int
    agreement: Annotated[Optional[str], Limits(max_length=1024)] = None
    terms_conditions: Annotated[Optional[str], Limits(max_length=1024)] = None
    hidden: Optional[bool] = None
