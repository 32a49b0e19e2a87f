"""Dog: a model of Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

from pydantic import Field

from golden_recursive_unions._model import LAZY, ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursive_unions.models.pet import Pet


class Dog(ApiModel):
    """Dog"""

    pet_type: str = Field(validation_alias="petType", serialization_alias="petType")
    name: Optional[str] = None
    pack: Optional[dict[str, Annotated[Pet, LAZY]]] = None


resolve_references(
    Dog,
    {
        "Pet": "golden_recursive_unions.models.pet",
    },
    lazy=frozenset({"Pet"}),
)
