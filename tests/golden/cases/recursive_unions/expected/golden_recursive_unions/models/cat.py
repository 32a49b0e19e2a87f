"""Cat: a model of Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from golden_recursive_unions._model import ApiNullableModel, resolve_references

if TYPE_CHECKING:
    from golden_recursive_unions.models.pet import Pet


class Cat(ApiNullableModel):
    """Cat"""

    pet_type: str = Field(validation_alias="petType", serialization_alias="petType")
    name: Optional[str] = None
    friends: Optional[list[Pet]] = None
    best_friend: Optional[Pet] = Field(
        default=None, validation_alias="bestFriend", serialization_alias="bestFriend"
    )
    __nullable__: ClassVar[frozenset[str]] = frozenset({"best_friend"})


resolve_references(
    Cat,
    {
        "Pet": "golden_recursive_unions.models.pet",
    },
)
