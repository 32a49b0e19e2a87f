"""ConfigurationList: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class ConfigurationList(ApiModel):
    """ConfigurationList"""

    connector: str
    connector_type: str
    connector_configuration: list[dict[str, str]]
    credentials_configuration: list[dict[str, str]]
