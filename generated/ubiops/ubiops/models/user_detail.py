"""UserDetail: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class UserDetail(ApiModel):
    """UserDetail"""

    id: Optional[str] = None
    email: Annotated[str, Limits(max_length=254, min_length=1)]
    name: Annotated[Optional[str], Limits(min_length=1)] = None
    surname: Annotated[Optional[str], Limits(min_length=1)] = None
    registration_date: Optional[str] = None
