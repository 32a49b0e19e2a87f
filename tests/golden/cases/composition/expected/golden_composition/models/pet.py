"""Pet: one of several shapes, in Composition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from golden_composition._model import resolve_references
from golden_composition._union import ApiOneOf, Members

if TYPE_CHECKING:
    from golden_composition.models.cat import Cat
    from golden_composition.models.dog import Dog


class Pet(ApiOneOf):
    """Pet

    One of: Cat, Dog."""

    oneof_schema_1_validator: Optional[Cat] = None
    oneof_schema_2_validator: Optional[Dog] = None
    actual_instance: Annotated[
        Optional[Union[Cat, Dog]], Members("Pet", "oneOf", "petType", {"cat": "Cat", "dog": "Dog"})
    ] = None

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


resolve_references(
    Pet,
    {
        "Cat": "golden_composition.models.cat",
        "Dog": "golden_composition.models.dog",
    },
)
