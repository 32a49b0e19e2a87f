"""BlobList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from ubiops._model import ApiModel, resolve_references


class BlobList(ApiModel):
    """BlobList"""

    id: str
    creation_date: datetime
    filename: str
    size: int
    ttl: int
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(BlobList, {})
