"""RoleCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated

from ubiops._model import ApiModel, Limits


class RoleCreate(ApiModel):
    """RoleCreate"""

    name: Annotated[str, Limits(min_length=1)]
    permissions: list[str]
