"""PipelineObjectUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class PipelineObjectUpdate(ApiModel):
    """PipelineObjectUpdate"""

    name: Optional[str] = None
    version: Optional[str] = None
