"""InheritedEnvironmentVariableList: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class InheritedEnvironmentVariableList(ApiModel):
    """InheritedEnvironmentVariableList"""

    id: str
    name: str
    value: Optional[str] = Field(default=None)
    secret: bool
    inheritance_type: Optional[str] = Field(default=None)
    inheritance_name: Optional[str] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"inheritance_name", "inheritance_type", "value"}
    )


resolve_references(InheritedEnvironmentVariableList, {})
