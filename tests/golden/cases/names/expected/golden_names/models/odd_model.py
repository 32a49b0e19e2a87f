"""OddModel: a model of Names."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from golden_names._model import ApiModel


class OddModel(ApiModel):
    """OddModel"""

    camel_case: Optional[str] = Field(default=None, alias="camelCase")
    var_schema: Optional[str] = Field(default=None, alias="schema")
    var_from: Optional[str] = Field(default=None, alias="from")
    ref: Optional[str] = Field(default=None, alias="$ref")
    var_1st: Optional[str] = Field(default=None, alias="1st")
    kebab_case: Optional[str] = Field(default=None, alias="kebab-case")
    dotted_name: Optional[str] = Field(default=None, alias="dotted.name")
    with_space: Optional[str] = Field(default=None, alias="with space")
    var_class: Optional[int] = Field(default=None, alias="class")
    var_self: Optional[str] = Field(default=None, alias="self")
    var_json: Optional[str] = Field(default=None, alias="json")
    var_copy: Optional[str] = Field(default=None, alias="copy")
    var_dict: Optional[str] = Field(default=None, alias="dict")
    var_model_config: Optional[str] = Field(default=None, alias="model_config")
    allcaps: Optional[str] = Field(default=None, alias="ALLCAPS")
    naive: Optional[str] = Field(default=None, alias="naïve")
