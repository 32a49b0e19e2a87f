"""CredentialsList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class CredentialsList(ApiNullableModel):
    """CredentialsList"""

    id: Optional[str] = None
    name: Annotated[str, Limits(max_length=64, min_length=1)]
    type: Annotated[str, Limits(max_length=64, min_length=1)]
    status: Annotated[str, Limits(min_length=1)]
    error_message: Optional[Annotated[str, Limits(max_length=500)]] = None
    reference_count: Optional[str] = None
    project: Annotated[str, Limits(min_length=1)]
    creation_date: Optional[datetime] = None
    last_updated: Optional[datetime] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"error_message"})
