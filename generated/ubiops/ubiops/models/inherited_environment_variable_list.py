"""InheritedEnvironmentVariableList: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, ClassVar, Optional

from ubiops._model import ApiModel, Limits


class InheritedEnvironmentVariableList(ApiModel):
    """InheritedEnvironmentVariableList"""

    id: str
    name: Annotated[str, Limits(min_length=1)]
    value: Annotated[Optional[str], Limits(min_length=1)] = None
    secret: bool
    inheritance_type: Annotated[Optional[str], Limits(min_length=1)] = None
    inheritance_name: Annotated[Optional[str], Limits(min_length=1)] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"inheritance_name", "inheritance_type", "value"}
    )
