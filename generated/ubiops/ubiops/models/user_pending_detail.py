"""UserPendingDetail: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class UserPendingDetail(ApiModel):
    """UserPendingDetail"""

    email: Annotated[str, Limits(max_length=254, min_length=1)]
    name: Annotated[Optional[str], Limits(min_length=1)] = None
    surname: Annotated[Optional[str], Limits(min_length=1)] = None
