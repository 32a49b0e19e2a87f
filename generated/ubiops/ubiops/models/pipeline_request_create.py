"""PipelineRequestCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class PipelineRequestCreate(ApiModel):
    """PipelineRequestCreate"""

    pipeline_input_field_1: Annotated[Optional[str], Limits(min_length=1)] = None
    pipeline_input_field_2: Optional[int] = None
