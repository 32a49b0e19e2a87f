"""ProjectList: a model of UbiOps."""

from __future__ import annotations

from datetime import date
from typing import Optional

from ubiops._model import ApiModel


class ProjectList(ApiModel):
    """ProjectList"""

    id: Optional[str] = None
    name: str
    creation_date: Optional[date] = None
    organization_name: str
