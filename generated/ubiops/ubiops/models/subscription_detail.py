"""SubscriptionDetail: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class SubscriptionDetail(ApiModel):
    """SubscriptionDetail"""

    id: Optional[str] = Field(default=None)
    name: str
    max_projects: Optional[int] = Field(default=None)
    max_users: Optional[int] = Field(default=None)
    agreement: Optional[str] = Field(default=None)
    terms_conditions: Optional[str] = Field(default=None)
    gb_seconds: Optional[int] = Field(default=None)
    resources: Optional[int] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"gb_seconds", "max_projects", "max_users", "resources"}
    )


resolve_references(SubscriptionDetail, {})
