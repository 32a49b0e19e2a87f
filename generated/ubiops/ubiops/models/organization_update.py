"""OrganizationUpdate: a model of UbiOps."""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Optional

from ubiops._model import ApiModel


class OrganizationUpdate(ApiModel):
    """OrganizationUpdate"""

    name: Optional[str] = None
    subscription: Optional[str] = None
    subscription_agreed: Optional[bool] = None
    subscription_end_date: Optional[date] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"subscription_end_date"})
