"""ConfigurationList: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated

from ubiops._model import ApiModel, Limits


class ConfigurationList(ApiModel):
    """ConfigurationList"""

    connector: Annotated[str, Limits(min_length=1)]
    connector_type: Annotated[str, Limits(min_length=1)]
    connector_configuration: list[dict[str, str]]
    credentials_configuration: list[dict[str, str]]
