"""PipelineObjectUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class PipelineObjectUpdate(ApiModel):
    """PipelineObjectUpdate"""

    name: Annotated[Optional[str], Limits(min_length=1)] = None
    version: Annotated[Optional[str], Limits(min_length=1)] = None
