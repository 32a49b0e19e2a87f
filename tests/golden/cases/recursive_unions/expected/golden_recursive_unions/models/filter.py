"""Filter: one of several shapes, in Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from golden_recursive_unions._model import LAZY, resolve_references
from golden_recursive_unions._union import ApiOneOf, Members

if TYPE_CHECKING:
    from golden_recursive_unions.models.all_filter import AllFilter
    from golden_recursive_unions.models.any_filter import AnyFilter
    from golden_recursive_unions.models.field_filter import FieldFilter


class Filter(ApiOneOf):
    """Filter

    One of: FieldFilter, AllFilter, AnyFilter."""

    oneof_schema_1_validator: Optional[FieldFilter] = None
    oneof_schema_2_validator: Optional[Annotated[AllFilter, LAZY]] = None
    oneof_schema_3_validator: Optional[AnyFilter] = None
    actual_instance: Annotated[
        Optional[Union[FieldFilter, Annotated[AllFilter, LAZY], AnyFilter]],
        Members("Filter", "oneOf"),
    ] = None

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


resolve_references(
    Filter,
    {
        "FieldFilter": "golden_recursive_unions.models.field_filter",
        "AllFilter": "golden_recursive_unions.models.all_filter",
        "AnyFilter": "golden_recursive_unions.models.any_filter",
    },
    lazy=frozenset({"AllFilter"}),
)
