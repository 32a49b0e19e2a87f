"""OrganizationCreate: a model of UbiOps."""

from __future__ import annotations

from datetime import date
from typing import Optional

from ubiops._model import ApiModel


class OrganizationCreate(ApiModel):
    """OrganizationCreate"""

    name: str
    subscription: str
    subscription_agreed: bool
    subscription_end_date: Optional[date] = None
