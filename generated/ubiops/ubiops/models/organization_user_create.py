"""OrganizationUserCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class OrganizationUserCreate(ApiModel):
    """OrganizationUserCreate"""

    email: Annotated[str, Limits(min_length=1)]
    admin: Optional[bool] = None
