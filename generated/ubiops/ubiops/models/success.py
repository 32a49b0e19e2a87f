"""Success: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class Success(ApiModel):
    """Success"""

    success: str
