"""OrganizationUserDetail: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class OrganizationUserDetail(ApiModel):
    """OrganizationUserDetail"""

    id: Annotated[str, Limits(min_length=1)]
    email: Annotated[str, Limits(min_length=1)]
    name: Optional[str] = None
    surname: Optional[str] = None
    status: Optional[str] = None
    admin: Optional[bool] = None
