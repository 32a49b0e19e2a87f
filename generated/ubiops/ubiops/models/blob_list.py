"""BlobList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from ubiops._model import ApiModel, Limits


class BlobList(ApiModel):
    """BlobList"""

    id: str
    creation_date: datetime
    filename: Annotated[str, Limits(min_length=1)]
    size: int
    ttl: int
