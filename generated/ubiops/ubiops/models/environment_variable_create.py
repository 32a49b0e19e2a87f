"""EnvironmentVariableCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class EnvironmentVariableCreate(ApiModel):
    """EnvironmentVariableCreate"""

    name: Annotated[str, Limits(max_length=64, min_length=1)]
    value: Annotated[Optional[str], Limits(max_length=65536)] = None
    secret: bool
