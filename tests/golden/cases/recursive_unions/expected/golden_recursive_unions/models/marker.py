"""Marker: one of several shapes, in Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from golden_recursive_unions._model import resolve_references
from golden_recursive_unions._union import ApiAnyOf, Members

if TYPE_CHECKING:
    from golden_recursive_unions.models.label import Label
    from golden_recursive_unions.models.pin import Pin


class Marker(ApiAnyOf):
    """Marker

    One of: Pin, Label."""

    anyof_schema_1_validator: Optional[Pin] = None
    anyof_schema_2_validator: Optional[Label] = None
    actual_instance: Annotated[
        Optional[Union[Pin, Label]],
        Members("Marker", "anyOf", "markerType", {"label": "Label", "pin": "Pin"}),
    ] = None

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


resolve_references(
    Marker,
    {
        "Pin": "golden_recursive_unions.models.pin",
        "Label": "golden_recursive_unions.models.label",
    },
)
