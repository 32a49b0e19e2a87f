"""EnvironmentVariableList: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class EnvironmentVariableList(ApiModel):
    """EnvironmentVariableList"""

    id: Optional[str] = Field(default=None)
    name: str
    value: Optional[str] = Field(default=None)
    secret: bool
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset({"value"})


resolve_references(EnvironmentVariableList, {})
