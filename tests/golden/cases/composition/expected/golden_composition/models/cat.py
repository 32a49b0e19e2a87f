"""Cat: a model of Composition."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from golden_composition._model import ApiModel


class Cat(ApiModel):
    """Cat"""

    name: str
    id: Optional[int] = None
    secret: Optional[str] = None
    pet_type: str = Field(validation_alias="petType", serialization_alias="petType")
    lives: Optional[int] = None
    __read_only__: ClassVar[frozenset[str]] = frozenset({"id"})
