"""FieldFilter: a model of Recursive unions."""

from __future__ import annotations

from pydantic import AliasChoices, Field

from golden_recursive_unions._model import ApiModel


class FieldFilter(ApiModel):
    """FieldFilter"""

    var_field: str = Field(validation_alias=AliasChoices("field"), serialization_alias="field")
    equals: str
