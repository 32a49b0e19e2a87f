"""ProjectCreate: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class ProjectCreate(ApiModel):
    """ProjectCreate"""

    name: str
    organization_name: str
