"""ServiceUserTokenList: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated

from ubiops._model import ApiModel, Limits


class ServiceUserTokenList(ApiModel):
    """ServiceUserTokenList"""

    token: Annotated[str, Limits(min_length=1)]
