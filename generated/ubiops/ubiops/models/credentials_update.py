"""CredentialsUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class CredentialsUpdate(ApiModel):
    """CredentialsUpdate"""

    name: str
    configuration: Optional[dict[str, str]] = None
