"""CredentialsListWithConfig: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Optional

from ubiops._model import ApiModel


class CredentialsListWithConfig(ApiModel):
    """CredentialsListWithConfig"""

    id: Optional[str] = None
    name: str
    type: str
    status: str
    error_message: Optional[str] = None
    reference_count: Optional[str] = None
    project: str
    configuration: Optional[str] = None
    creation_date: Optional[datetime] = None
    last_updated: Optional[datetime] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"error_message"})
