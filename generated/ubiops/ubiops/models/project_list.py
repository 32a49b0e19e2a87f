"""ProjectList: a model of UbiOps."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class ProjectList(ApiModel):
    """ProjectList"""

    id: Optional[str] = None
    name: Annotated[str, Limits(max_length=64, min_length=1)]
    creation_date: Optional[date] = None
    organization_name: Annotated[str, Limits(min_length=1)]
