"""PipelineInputFieldList: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class PipelineInputFieldList(ApiModel):
    """PipelineInputFieldList"""

    name: str
    data_type: str
