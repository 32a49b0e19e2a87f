"""PipelineObjectCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class PipelineObjectCreate(ApiModel):
    """PipelineObjectCreate"""

    name: Annotated[str, Limits(min_length=1)]
    reference_type: Annotated[str, Limits(min_length=1)]
    reference_name: Annotated[str, Limits(min_length=1)]
    version: Annotated[Optional[str], Limits(min_length=1)] = None
