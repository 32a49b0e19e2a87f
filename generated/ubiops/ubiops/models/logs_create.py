"""LogsCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from pydantic import AliasChoices, Field

from ubiops._model import ApiModel, Limits


class LogsCreate(ApiModel):
    """LogsCreate"""

    filters: dict[str, str]
    date_range: Optional[int] = None
    date: Annotated[Optional[str], Limits(min_length=1)] = Field(
        default=None, validation_alias=AliasChoices("date", "var_date"), serialization_alias="date"
    )
    id: Annotated[Optional[str], Limits(max_length=24, min_length=24)] = None
    limit: Optional[int] = None
