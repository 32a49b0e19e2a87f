"""ProjectUpdate: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class ProjectUpdate(ApiModel):
    """ProjectUpdate"""

    name: str
