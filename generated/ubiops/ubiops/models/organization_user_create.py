"""OrganizationUserCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class OrganizationUserCreate(ApiModel):
    """OrganizationUserCreate"""

    email: str
    admin: Optional[bool] = None
