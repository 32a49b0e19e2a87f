"""Status: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class Status(ApiModel):
    """Status"""

    status: str
