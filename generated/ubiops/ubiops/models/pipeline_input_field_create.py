"""PipelineInputFieldCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated

from ubiops._model import ApiModel, Limits


class PipelineInputFieldCreate(ApiModel):
    """PipelineInputFieldCreate"""

    name: Annotated[str, Limits(max_length=64, min_length=1)]
    data_type: str
