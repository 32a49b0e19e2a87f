"""RoleUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class RoleUpdate(ApiModel):
    """RoleUpdate"""

    name: Optional[str] = None
    permissions: Optional[list[str]] = None
