"""ProjectResourceUsage: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class ProjectResourceUsage(ApiModel):
    """ProjectResourceUsage"""

    models: Optional[str] = None
    versions: Optional[str] = None
    connectors: Optional[str] = None
    pipelines: Optional[str] = None
