"""OrganizationList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from ubiops._model import ApiModel


class OrganizationList(ApiModel):
    """OrganizationList"""

    id: Optional[str] = None
    name: str
    creation_date: Optional[datetime] = None
