"""ContentPart: one of several shapes, in Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from golden_recursive_unions._model import resolve_references
from golden_recursive_unions._union import ApiOneOf, Members

if TYPE_CHECKING:
    from golden_recursive_unions.models.image_part import ImagePart
    from golden_recursive_unions.models.quote_part import QuotePart
    from golden_recursive_unions.models.text_part import TextPart


class ContentPart(ApiOneOf):
    """ContentPart

    One of: TextPart, ImagePart, QuotePart."""

    oneof_schema_1_validator: Optional[TextPart] = None
    oneof_schema_2_validator: Optional[ImagePart] = None
    oneof_schema_3_validator: Optional[QuotePart] = None
    actual_instance: Annotated[
        Optional[Union[TextPart, ImagePart, QuotePart]],
        Members(
            "ContentPart",
            "oneOf",
            "type",
            {"image": "ImagePart", "quote": "QuotePart", "text": "TextPart"},
        ),
    ] = None

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


resolve_references(
    ContentPart,
    {
        "TextPart": "golden_recursive_unions.models.text_part",
        "ImagePart": "golden_recursive_unions.models.image_part",
        "QuotePart": "golden_recursive_unions.models.quote_part",
    },
)
