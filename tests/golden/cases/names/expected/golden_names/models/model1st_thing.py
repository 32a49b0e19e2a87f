"""Model1stThing: a model of Names."""

from __future__ import annotations

from typing import Optional

from pydantic import AliasChoices, Field

from golden_names._model import ApiModel


class Model1stThing(ApiModel):
    """Model1stThing"""

    var_list: Optional[list[str]] = Field(
        default=None, validation_alias=AliasChoices("list"), serialization_alias="list"
    )
    type: Optional[str] = None
    id: Optional[str] = None
