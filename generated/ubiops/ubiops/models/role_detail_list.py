"""RoleDetailList: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class RoleDetailList(ApiModel):
    """RoleDetailList"""

    id: Optional[str] = None
    name: str
    default: Optional[str] = None
    permissions: Optional[str] = None
