"""SubscriptionUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class SubscriptionUpdate(ApiNullableModel):
    """SubscriptionUpdate"""

    name: Annotated[Optional[str], Limits(min_length=1)] = None
    max_projects: Optional[Annotated[int, Limits(ge=-2147483648, le=2147483647)]] = None
    max_users: Optional[Annotated[int, Limits(ge=-2147483648, le=2147483647)]] = None
    logs_retention_days: Optional[Annotated[int, Limits(ge=-2147483648, le=2147483647)]] = None
    gb_seconds: Optional[int] = None
    resources: Optional[int] = None
    agreement: Annotated[Optional[str], Limits(max_length=1024)] = None
    terms_conditions: Annotated[Optional[str], Limits(max_length=1024)] = None
    hidden: Optional[bool] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"logs_retention_days", "max_projects", "max_users"}
    )
