"""InheritedEnvironmentVariableList: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from ubiops._model import ApiModel


class InheritedEnvironmentVariableList(ApiModel):
    """InheritedEnvironmentVariableList"""

    id: str
    name: str
    value: Optional[str] = None
    secret: bool
    inheritance_type: Optional[str] = None
    inheritance_name: Optional[str] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"inheritance_name", "inheritance_type", "value"}
    )
