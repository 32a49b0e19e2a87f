"""OrganizationSubscriptionList: a model of UbiOps."""

from __future__ import annotations

from datetime import date
from typing import Annotated, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class OrganizationSubscriptionList(ApiNullableModel):
    """OrganizationSubscriptionList"""

    id: Optional[str] = None
    subscription: Optional[str] = None
    start_date: date
    subscription_agreement_user: Optional[Annotated[str, Limits(max_length=128)]] = None
    subscription_update_user: Optional[Annotated[str, Limits(max_length=128)]] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"subscription_agreement_user", "subscription_update_user"}
    )
