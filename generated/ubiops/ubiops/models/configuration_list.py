"""ConfigurationList: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar

from ubiops._model import ApiModel, resolve_references


class ConfigurationList(ApiModel):
    """ConfigurationList"""

    connector: str
    connector_type: str
    connector_configuration: list[dict[str, str]]
    credentials_configuration: list[dict[str, str]]
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(ConfigurationList, {})
