"""BlobList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime

from ubiops._model import ApiModel


class BlobList(ApiModel):
    """BlobList"""

    id: str
    creation_date: datetime
    filename: str
    size: int
    ttl: int
