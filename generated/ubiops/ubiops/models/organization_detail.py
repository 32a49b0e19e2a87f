"""OrganizationDetail: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class OrganizationDetail(ApiModel):
    """OrganizationDetail"""

    id: Optional[str] = None
    name: Annotated[str, Limits(max_length=64, min_length=1)]
    creation_date: Optional[datetime] = None
    subscription: Optional[str] = None
    status: Annotated[str, Limits(min_length=1)]
