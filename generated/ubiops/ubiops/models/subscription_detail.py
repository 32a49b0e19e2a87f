"""SubscriptionDetail: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from ubiops._model import ApiModel


class SubscriptionDetail(ApiModel):
    """SubscriptionDetail"""

    id: Optional[str] = None
    name: str
    max_projects: Optional[int] = None
    max_users: Optional[int] = None
    agreement: Optional[str] = None
    terms_conditions: Optional[str] = None
    gb_seconds: Optional[int] = None
    resources: Optional[int] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"gb_seconds", "max_projects", "max_users", "resources"}
    )
