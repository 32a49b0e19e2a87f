"""Labeled: a model of Composition."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from golden_composition._model import ApiModel


class Labeled(ApiModel):
    """Named, with any number of integer counters beside the name."""

    name: Optional[str] = None
    __pydantic_extra__: dict[str, int] = Field(init=False)
