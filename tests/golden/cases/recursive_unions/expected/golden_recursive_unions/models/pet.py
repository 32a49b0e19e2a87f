"""Pet: one of several shapes, in Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from golden_recursive_unions._model import LAZY, resolve_references
from golden_recursive_unions._union import ApiOneOf, Members

if TYPE_CHECKING:
    from golden_recursive_unions.models.cat import Cat
    from golden_recursive_unions.models.dog import Dog


class Pet(ApiOneOf):
    """Pet

    One of: Cat, Dog."""

    oneof_schema_1_validator: Optional[Annotated[Cat, LAZY]] = None
    oneof_schema_2_validator: Optional[Dog] = None
    actual_instance: Annotated[
        Optional[Union[Annotated[Cat, LAZY], Dog]],
        Members("Pet", "oneOf", "petType", {"cat": "Cat", "dog": "Dog"}),
    ] = None

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


resolve_references(
    Pet,
    {
        "Cat": "golden_recursive_unions.models.cat",
        "Dog": "golden_recursive_unions.models.dog",
    },
    lazy=frozenset({"Cat"}),
)
