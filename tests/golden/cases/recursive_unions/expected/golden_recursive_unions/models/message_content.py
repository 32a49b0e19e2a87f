"""MessageContent: one of several shapes, in Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from golden_recursive_unions._model import LAZY, resolve_references
from golden_recursive_unions._union import ApiOneOf, Members

if TYPE_CHECKING:
    from golden_recursive_unions.models.content_part import ContentPart


class MessageContent(ApiOneOf):
    """MessageContent

    One of: str, List[ContentPart]."""

    oneof_schema_1_validator: Optional[str] = None
    oneof_schema_2_validator: Optional[list[Annotated[ContentPart, LAZY]]] = None
    actual_instance: Annotated[
        Optional[Union[str, list[Annotated[ContentPart, LAZY]]]], Members("MessageContent", "oneOf")
    ] = None

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


resolve_references(
    MessageContent,
    {
        "ContentPart": "golden_recursive_unions.models.content_part",
    },
    lazy=frozenset({"ContentPart"}),
)
