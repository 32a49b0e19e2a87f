"""RoleCreate: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class RoleCreate(ApiModel):
    """RoleCreate"""

    name: str
    permissions: list[str]
