"""OrganizationUserDetail: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class OrganizationUserDetail(ApiModel):
    """OrganizationUserDetail"""

    id: str
    email: str
    name: Optional[str] = None
    surname: Optional[str] = None
    status: Optional[str] = None
    admin: Optional[bool] = None
