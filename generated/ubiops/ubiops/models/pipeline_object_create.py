"""PipelineObjectCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class PipelineObjectCreate(ApiModel):
    """PipelineObjectCreate"""

    name: str
    reference_type: str
    reference_name: str
    version: Optional[str] = None
