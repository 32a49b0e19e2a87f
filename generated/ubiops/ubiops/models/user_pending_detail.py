"""UserPendingDetail: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class UserPendingDetail(ApiModel):
    """UserPendingDetail"""

    email: str
    name: Optional[str] = None
    surname: Optional[str] = None
