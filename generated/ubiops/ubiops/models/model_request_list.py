"""ModelRequestList: a model of UbiOps."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

from ubiops._model import ApiNullableModel


class ModelRequestList(ApiNullableModel):
    """ModelRequestList"""

    success: bool
    result: Any = None
    error_message: Optional[str] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"error_message", "result"})
