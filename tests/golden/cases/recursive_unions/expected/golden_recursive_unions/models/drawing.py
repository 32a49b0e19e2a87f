"""Drawing: a model of Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from golden_recursive_unions._model import ApiNullableModel, resolve_references

if TYPE_CHECKING:
    from golden_recursive_unions.models.marker import Marker
    from golden_recursive_unions.models.nullable_shape import NullableShape
    from golden_recursive_unions.models.shape import Shape
    from golden_recursive_unions.models.size import Size


class Drawing(ApiNullableModel):
    """Drawing"""

    shapes: Optional[list[Shape]] = None
    by_name: Optional[dict[str, Shape]] = Field(
        default=None, validation_alias="byName", serialization_alias="byName"
    )
    main: Optional[Shape] = None
    outline: Optional[NullableShape] = None
    sizes: Optional[list[Size]] = None
    markers: Optional[dict[str, Marker]] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"main", "outline"})


resolve_references(
    Drawing,
    {
        "Shape": "golden_recursive_unions.models.shape",
        "NullableShape": "golden_recursive_unions.models.nullable_shape",
        "Size": "golden_recursive_unions.models.size",
        "Marker": "golden_recursive_unions.models.marker",
    },
)
