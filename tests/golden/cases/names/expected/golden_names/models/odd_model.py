"""OddModel: a model of Names."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from golden_names._model import ApiModel


class OddModel(ApiModel):
    """OddModel"""

    camel_case: Optional[str] = Field(
        default=None, validation_alias="camelCase", serialization_alias="camelCase"
    )
    var_schema: Optional[str] = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )
    var_from: Optional[str] = Field(
        default=None, validation_alias="from", serialization_alias="from"
    )
    ref: Optional[str] = Field(default=None, validation_alias="$ref", serialization_alias="$ref")
    var_1st: Optional[str] = Field(default=None, validation_alias="1st", serialization_alias="1st")
    kebab_case: Optional[str] = Field(
        default=None, validation_alias="kebab-case", serialization_alias="kebab-case"
    )
    dotted_name: Optional[str] = Field(
        default=None, validation_alias="dotted.name", serialization_alias="dotted.name"
    )
    with_space: Optional[str] = Field(
        default=None, validation_alias="with space", serialization_alias="with space"
    )
    var_class: Optional[int] = Field(
        default=None, validation_alias="class", serialization_alias="class"
    )
    var_self: Optional[str] = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )
    var_json: Optional[str] = Field(
        default=None, validation_alias="json", serialization_alias="json"
    )
    var_copy: Optional[str] = Field(
        default=None, validation_alias="copy", serialization_alias="copy"
    )
    var_dict: Optional[str] = Field(
        default=None, validation_alias="dict", serialization_alias="dict"
    )
    var_model_config: Optional[str] = Field(
        default=None, validation_alias="model_config", serialization_alias="model_config"
    )
    allcaps: Optional[str] = Field(
        default=None, validation_alias="ALLCAPS", serialization_alias="ALLCAPS"
    )
    naive: Optional[str] = Field(
        default=None, validation_alias="naïve", serialization_alias="naïve"
    )
