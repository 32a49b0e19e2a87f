"""Pet: one of several shapes, in Composition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import Discriminator, Tag

from golden_composition._model import ApiRootModel, discriminate, resolve_references

if TYPE_CHECKING:
    from golden_composition.models.cat import Cat
    from golden_composition.models.dog import Dog


class Pet(ApiRootModel):
    """Pet

    One of: Cat, Dog."""

    root: Annotated[
        Union[Annotated[Cat, Tag("Cat")], Annotated[Dog, Tag("Dog")]],
        Discriminator(discriminate("petType", {"cat": "Cat", "dog": "Dog"})),
    ]


resolve_references(
    Pet,
    {
        "Cat": "golden_composition.models.cat",
        "Dog": "golden_composition.models.dog",
    },
)
