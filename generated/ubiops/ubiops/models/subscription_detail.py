"""SubscriptionDetail: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class SubscriptionDetail(ApiNullableModel):
    """SubscriptionDetail"""

    id: Optional[str] = None
    name: Annotated[str, Limits(max_length=64, min_length=1)]
    max_projects: Optional[Annotated[int, Limits(ge=-2147483648, le=2147483647)]] = None
    max_users: Optional[Annotated[int, Limits(ge=-2147483648, le=2147483647)]] = None
    agreement: Annotated[Optional[str], Limits(max_length=1024)] = None
    terms_conditions: Annotated[Optional[str], Limits(max_length=1024)] = None
    gb_seconds: Optional[Annotated[int, Limits(ge=-2147483648, le=2147483647)]] = None
    resources: Optional[Annotated[int, Limits(ge=-2147483648, le=2147483647)]] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"gb_seconds", "max_projects", "max_users", "resources"}
    )
