"""CredentialsList: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class CredentialsList(ApiModel):
    """CredentialsList"""

    id: Optional[str] = Field(default=None)
    name: str
    type: str
    status: str
    error_message: Optional[str] = Field(default=None)
    reference_count: Optional[str] = Field(default=None)
    project: str
    creation_date: Optional[datetime] = Field(default=None)
    last_updated: Optional[datetime] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset({"error_message"})


resolve_references(CredentialsList, {})
