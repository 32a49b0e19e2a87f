"""RoleAssignmentCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class RoleAssignmentCreate(ApiModel):
    """RoleAssignmentCreate"""

    user_id: str
    role: str
    object_name: Optional[str] = None
    object_type: Optional[str] = None
