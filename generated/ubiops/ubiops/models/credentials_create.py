"""CredentialsCreate: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar

from ubiops._model import ApiModel, resolve_references


class CredentialsCreate(ApiModel):
    """CredentialsCreate"""

    name: str
    type: str
    configuration: dict[str, str]
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(CredentialsCreate, {})
