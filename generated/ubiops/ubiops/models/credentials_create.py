"""CredentialsCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated

from ubiops._model import ApiModel, Limits


class CredentialsCreate(ApiModel):
    """CredentialsCreate"""

    name: Annotated[str, Limits(max_length=64, min_length=1)]
    type: Annotated[str, Limits(max_length=64, min_length=1)]
    configuration: dict[str, str]
