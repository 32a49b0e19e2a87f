"""Shape: one of several shapes, in Composition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import Discriminator, Tag

from golden_composition._model import ApiRootModel, discriminate, resolve_references

if TYPE_CHECKING:
    from golden_composition.models.circle import Circle
    from golden_composition.models.square import Square


class Shape(ApiRootModel):
    """Shape

    One of: Circle, Square."""

    root: Annotated[
        Union[Annotated[Circle, Tag("Circle")], Annotated[Square, Tag("Square")]],
        Discriminator(discriminate("kind", {"Circle": "Circle", "Square": "Square"})),
    ]


resolve_references(
    Shape,
    {
        "Circle": "golden_composition.models.circle",
        "Square": "golden_composition.models.square",
    },
)
