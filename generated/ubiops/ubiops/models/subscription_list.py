"""SubscriptionList: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class SubscriptionList(ApiModel):
    """SubscriptionList"""

    id: Optional[str] = None
    name: str
