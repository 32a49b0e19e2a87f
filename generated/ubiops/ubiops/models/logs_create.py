"""LogsCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from ubiops._model import ApiModel


class LogsCreate(ApiModel):
    """LogsCreate"""

    filters: dict[str, str]
    date_range: Optional[int] = None
    var_date: Optional[str] = Field(default=None, alias="date")
    id: Optional[str] = None
    limit: Optional[int] = None
