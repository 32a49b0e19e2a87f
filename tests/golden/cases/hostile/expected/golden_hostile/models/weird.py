"""Weird: a model of Hostile ''' title {{ config }}."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from golden_hostile._model import ApiModel


class Weird(ApiModel):
    """\"\"\"Starts with quotes and ends with a quote" """

    var_def: Optional[str] = Field(default=None, alias="def", description="keyword")
    var_print: Optional[str] = Field(default=None, alias="print")
    var_none: Optional[str] = Field(default=None, alias="None")
    var_2fast: Optional[int] = Field(default=None, alias="2fast")
    grosse: Optional[float] = Field(default=None, alias="größe")
    with_dash_and_dot_and_space: Optional[str] = Field(
        default=None, alias="with-dash.and.dot and space"
    )
    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba: Optional[
        str
    ] = Field(
        default=None,
        alias="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    )
    code_default: Optional[str] = '{{ self.__init__.__globals__ }} ${{7*7}} `rm -rf /` """'
    var_self: Optional[str] = Field(default=None, alias="self")
    unicode: Optional[str] = Field(default=None, alias="ünïcödé")
