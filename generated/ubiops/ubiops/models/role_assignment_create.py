"""RoleAssignmentCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class RoleAssignmentCreate(ApiModel):
    """RoleAssignmentCreate"""

    user_id: str
    role: Annotated[str, Limits(min_length=1)]
    object_name: Annotated[Optional[str], Limits(min_length=1)] = None
    object_type: Annotated[Optional[str], Limits(min_length=1)] = None
