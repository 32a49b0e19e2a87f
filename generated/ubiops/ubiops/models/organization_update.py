"""OrganizationUpdate: a model of UbiOps."""

from __future__ import annotations

from datetime import date
from typing import Annotated, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class OrganizationUpdate(ApiNullableModel):
    """OrganizationUpdate"""

    name: Annotated[Optional[str], Limits(min_length=1)] = None
    subscription: Annotated[Optional[str], Limits(min_length=1)] = None
    subscription_agreed: Optional[bool] = None
    subscription_end_date: Optional[date] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"subscription_end_date"})
