"""AnyOfThing: one of several shapes, in Composition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from golden_composition._model import resolve_references
from golden_composition._union import ApiAnyOf, Members

if TYPE_CHECKING:
    from golden_composition.models.circle import Circle


class AnyOfThing(ApiAnyOf):
    """AnyOfThing

    One of: Circle, str."""

    anyof_schema_1_validator: Optional[Circle] = None
    anyof_schema_2_validator: Optional[str] = None
    actual_instance: Annotated[Optional[Union[Circle, str]], Members("AnyOfThing", "anyOf")] = None

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


resolve_references(
    AnyOfThing,
    {
        "Circle": "golden_composition.models.circle",
    },
)
