"""Success: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated

from ubiops._model import ApiModel, Limits


class Success(ApiModel):
    """Success"""

    success: Annotated[str, Limits(min_length=1)]
