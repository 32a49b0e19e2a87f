"""CredentialsCreate: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class CredentialsCreate(ApiModel):
    """CredentialsCreate"""

    name: str
    type: str
    configuration: dict[str, str]
