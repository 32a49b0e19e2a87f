"""EnvironmentVariableList: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from ubiops._model import ApiModel


class EnvironmentVariableList(ApiModel):
    """EnvironmentVariableList"""

    id: Optional[str] = None
    name: str
    value: Optional[str] = None
    secret: bool
    __nullable__: ClassVar[frozenset[str]] = frozenset({"value"})
