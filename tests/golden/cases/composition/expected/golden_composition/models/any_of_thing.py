"""AnyOfThing: one of several shapes, in Composition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

from golden_composition._model import ApiRootModel, resolve_references

if TYPE_CHECKING:
    from golden_composition.models.circle import Circle


class AnyOfThing(ApiRootModel):
    """AnyOfThing

    One of: Circle, str."""

    root: Union[Circle, str]


resolve_references(
    AnyOfThing,
    {
        "Circle": "golden_composition.models.circle",
    },
)
