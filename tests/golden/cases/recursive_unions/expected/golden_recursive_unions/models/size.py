"""Size: one of several shapes, in Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from golden_recursive_unions._union import ApiAnyOf, Members


class Size(ApiAnyOf):
    """Size

    One of: int, str."""

    anyof_schema_1_validator: Optional[int] = None
    anyof_schema_2_validator: Optional[str] = None
    actual_instance: Annotated[Optional[Union[int, str]], Members("Size", "anyOf")] = None

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
