"""ServiceUserCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class ServiceUserCreate(ApiModel):
    """ServiceUserCreate"""

    name: Optional[str] = None
