"""Expression: one of several shapes, in Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from golden_recursive_unions._model import LAZY, resolve_references
from golden_recursive_unions._union import ApiAnyOf, Members

if TYPE_CHECKING:
    from golden_recursive_unions.models.binary_expression import BinaryExpression
    from golden_recursive_unions.models.number_expression import NumberExpression


class Expression(ApiAnyOf):
    """Expression

    One of: NumberExpression, BinaryExpression."""

    anyof_schema_1_validator: Optional[NumberExpression] = None
    anyof_schema_2_validator: Optional[Annotated[BinaryExpression, LAZY]] = None
    actual_instance: Annotated[
        Optional[Union[NumberExpression, Annotated[BinaryExpression, LAZY]]],
        Members("Expression", "anyOf"),
    ] = None

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


resolve_references(
    Expression,
    {
        "NumberExpression": "golden_recursive_unions.models.number_expression",
        "BinaryExpression": "golden_recursive_unions.models.binary_expression",
    },
    lazy=frozenset({"BinaryExpression"}),
)
