"""OrganizationUserUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class OrganizationUserUpdate(ApiModel):
    """OrganizationUserUpdate"""

    admin: Optional[bool] = None
