"""OrganizationCreate: a model of UbiOps."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class OrganizationCreate(ApiModel):
    """OrganizationCreate"""

    name: Annotated[str, Limits(max_length=64, min_length=1)]
    subscription: Annotated[str, Limits(min_length=1)]
    subscription_agreed: bool
    subscription_end_date: Optional[date] = None
