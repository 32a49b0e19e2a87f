"""LogsCreate: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class LogsCreate(ApiModel):
    """LogsCreate"""

    filters: dict[str, str]
    date_range: Optional[int] = Field(default=None)
    var_date: Optional[str] = Field(default=None, alias="date")
    id: Optional[str] = Field(default=None)
    limit: Optional[int] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(LogsCreate, {})
