"""CursorPageMeta: a model of Pagination."""

from __future__ import annotations

from typing import ClassVar, Optional

from golden_pagination._model import ApiNullableModel


class CursorPageMeta(ApiNullableModel):
    """CursorPageMeta"""

    next: Optional[str] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"next"})
