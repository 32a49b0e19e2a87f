"""OrganizationSubscriptionList: a model of UbiOps."""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class OrganizationSubscriptionList(ApiModel):
    """OrganizationSubscriptionList"""

    id: Optional[str] = Field(default=None)
    subscription: Optional[str] = Field(default=None)
    start_date: date
    subscription_agreement_user: Optional[str] = Field(default=None)
    subscription_update_user: Optional[str] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"subscription_agreement_user", "subscription_update_user"}
    )


resolve_references(OrganizationSubscriptionList, {})
