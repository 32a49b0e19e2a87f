"""RoleAssignmentList: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class RoleAssignmentList(ApiModel):
    """RoleAssignmentList"""

    id: Optional[str] = None
    user_id: Annotated[str, Limits(min_length=1)]
    role: Annotated[str, Limits(min_length=1)]
    object_name: Optional[str] = None
    object_type: Optional[str] = None
