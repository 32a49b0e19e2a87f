"""UserDetail: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class UserDetail(ApiModel):
    """UserDetail"""

    id: Optional[str] = None
    email: str
    name: Optional[str] = None
    surname: Optional[str] = None
    registration_date: Optional[str] = None
