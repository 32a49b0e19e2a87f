"""Scalar: one of several shapes, in Composition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from golden_composition._union import ApiOneOf, Members


class Scalar(ApiOneOf):
    """Scalar

    One of: str, int."""

    oneof_schema_1_validator: Optional[str] = None
    oneof_schema_2_validator: Optional[int] = None
    actual_instance: Annotated[Optional[Union[str, int]], Members("Scalar", "oneOf")] = None

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
