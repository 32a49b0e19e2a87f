"""PipelineInputFieldCreate: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class PipelineInputFieldCreate(ApiModel):
    """PipelineInputFieldCreate"""

    name: str
    data_type: str
