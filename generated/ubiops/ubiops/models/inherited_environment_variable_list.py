"""InheritedEnvironmentVariableList: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class InheritedEnvironmentVariableList(ApiNullableModel):
    """InheritedEnvironmentVariableList"""

    id: str
    name: Annotated[str, Limits(min_length=1)]
    value: Optional[Annotated[str, Limits(min_length=1)]] = None
    secret: bool
    inheritance_type: Optional[Annotated[str, Limits(min_length=1)]] = None
    inheritance_name: Optional[Annotated[str, Limits(min_length=1)]] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"inheritance_name", "inheritance_type", "value"}
    )
