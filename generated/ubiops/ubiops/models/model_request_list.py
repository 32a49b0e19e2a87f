"""ModelRequestList: a model of UbiOps."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class ModelRequestList(ApiModel):
    """ModelRequestList"""

    success: bool
    result: Any = Field(default=None)
    error_message: Optional[str] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset({"error_message", "result"})


resolve_references(ModelRequestList, {})
