"""RoleUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class RoleUpdate(ApiModel):
    """RoleUpdate"""

    name: Annotated[Optional[str], Limits(min_length=1)] = None
    permissions: Optional[list[str]] = None
