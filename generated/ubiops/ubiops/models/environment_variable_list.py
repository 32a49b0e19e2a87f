"""EnvironmentVariableList: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class EnvironmentVariableList(ApiNullableModel):
    """EnvironmentVariableList"""

    id: Optional[str] = None
    name: Annotated[str, Limits(max_length=64, min_length=1)]
    value: Optional[str] = None
    secret: bool
    __nullable__: ClassVar[frozenset[str]] = frozenset({"value"})
