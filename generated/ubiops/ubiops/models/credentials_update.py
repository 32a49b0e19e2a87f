"""CredentialsUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class CredentialsUpdate(ApiModel):
    """CredentialsUpdate"""

    name: str
    configuration: Optional[dict[str, str]] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(CredentialsUpdate, {})
