"""NullableShape: one of several shapes, in Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from golden_recursive_unions._model import resolve_references
from golden_recursive_unions._union import ApiOneOf, Members

if TYPE_CHECKING:
    from golden_recursive_unions.models.circle import Circle
    from golden_recursive_unions.models.square import Square


class NullableShape(ApiOneOf):
    """NullableShape

    One of: Circle, Square."""

    oneof_schema_1_validator: Optional[Circle] = None
    oneof_schema_2_validator: Optional[Square] = None
    actual_instance: Annotated[
        Optional[Union[Circle, Square]], Members("NullableShape", "oneOf")
    ] = None

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


resolve_references(
    NullableShape,
    {
        "Circle": "golden_recursive_unions.models.circle",
        "Square": "golden_recursive_unions.models.square",
    },
)
