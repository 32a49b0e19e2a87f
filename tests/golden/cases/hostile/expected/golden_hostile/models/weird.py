"""Weird: a model of Hostile \"\"\" title {{ config }}."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from golden_hostile._model import ApiModel


class Weird(ApiModel):
    """\"\"\"Starts with quotes and ends with a quote" """

    var_def: Optional[str] = Field(
        default=None, validation_alias="def", serialization_alias="def", description="keyword"
    )
    var_print: Optional[str] = Field(
        default=None, validation_alias="print", serialization_alias="print"
    )
    var_none: Optional[str] = Field(
        default=None, validation_alias="None", serialization_alias="None"
    )
    var_2fast: Optional[int] = Field(
        default=None, validation_alias="2fast", serialization_alias="2fast"
    )
    grosse: Optional[float] = Field(
        default=None, validation_alias="größe", serialization_alias="größe"
    )
    with_dash_and_dot_and_space: Optional[str] = Field(
        default=None,
        validation_alias="with-dash.and.dot and space",
        serialization_alias="with-dash.and.dot and space",
    )
    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba: Optional[
        str
    ] = Field(
        default=None,
        validation_alias="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        serialization_alias="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    )
    code_default: Optional[str] = '{{ self.__init__.__globals__ }} ${{7*7}} `rm -rf /` """'
    var_self: Optional[str] = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )
    unicode: Optional[str] = Field(
        default=None, validation_alias="ünïcödé", serialization_alias="ünïcödé"
    )
