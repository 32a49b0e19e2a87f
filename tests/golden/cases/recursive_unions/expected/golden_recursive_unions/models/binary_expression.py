"""BinaryExpression: a model of Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

from golden_recursive_unions._model import ENUM, ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursive_unions.models.expression import Expression


class BinaryExpression(ApiModel):
    """BinaryExpression"""

    operator: Annotated[Literal["+", "-", "*", "/"], ENUM]
    left: Expression
    right: Expression


resolve_references(
    BinaryExpression,
    {
        "Expression": "golden_recursive_unions.models.expression",
    },
)
