"""EnvironmentVariableCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class EnvironmentVariableCreate(ApiModel):
    """EnvironmentVariableCreate"""

    name: str
    value: Optional[str] = None
    secret: bool
