"""RoleList: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class RoleList(ApiModel):
    """RoleList"""

    id: Optional[str] = None
    name: Annotated[str, Limits(max_length=64, min_length=1)]
    default: Optional[str] = None
