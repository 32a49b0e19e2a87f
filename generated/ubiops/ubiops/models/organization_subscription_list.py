"""OrganizationSubscriptionList: a model of UbiOps."""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Optional

from ubiops._model import ApiModel


class OrganizationSubscriptionList(ApiModel):
    """OrganizationSubscriptionList"""

    id: Optional[str] = None
    subscription: Optional[str] = None
    start_date: date
    subscription_agreement_user: Optional[str] = None
    subscription_update_user: Optional[str] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"subscription_agreement_user", "subscription_update_user"}
    )
