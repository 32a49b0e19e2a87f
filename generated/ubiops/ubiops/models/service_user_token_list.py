"""ServiceUserTokenList: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class ServiceUserTokenList(ApiModel):
    """ServiceUserTokenList"""

    token: str
