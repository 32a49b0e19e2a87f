"""The models of Recursive unions, imported on first use."""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

_EXPORTS: dict[str, str] = {
    "AllFilter": "golden_recursive_unions.models.all_filter",
    "AnyFilter": "golden_recursive_unions.models.any_filter",
    "BinaryExpression": "golden_recursive_unions.models.binary_expression",
    "Branch": "golden_recursive_unions.models.branch",
    "Cat": "golden_recursive_unions.models.cat",
    "Circle": "golden_recursive_unions.models.circle",
    "ContentPart": "golden_recursive_unions.models.content_part",
    "Dog": "golden_recursive_unions.models.dog",
    "Drawing": "golden_recursive_unions.models.drawing",
    "Expression": "golden_recursive_unions.models.expression",
    "FieldFilter": "golden_recursive_unions.models.field_filter",
    "Filter": "golden_recursive_unions.models.filter",
    "ImagePart": "golden_recursive_unions.models.image_part",
    "Label": "golden_recursive_unions.models.label",
    "Leaf": "golden_recursive_unions.models.leaf",
    "Marker": "golden_recursive_unions.models.marker",
    "Message": "golden_recursive_unions.models.message",
    "MessageContent": "golden_recursive_unions.models.message_content",
    "Node": "golden_recursive_unions.models.node",
    "NullableShape": "golden_recursive_unions.models.nullable_shape",
    "NumberExpression": "golden_recursive_unions.models.number_expression",
    "Pet": "golden_recursive_unions.models.pet",
    "Pin": "golden_recursive_unions.models.pin",
    "QuotePart": "golden_recursive_unions.models.quote_part",
    "Shape": "golden_recursive_unions.models.shape",
    "Size": "golden_recursive_unions.models.size",
    "Square": "golden_recursive_unions.models.square",
    "TextPart": "golden_recursive_unions.models.text_part",
}

__all__ = [
    "AllFilter",
    "AnyFilter",
    "BinaryExpression",
    "Branch",
    "Cat",
    "Circle",
    "ContentPart",
    "Dog",
    "Drawing",
    "Expression",
    "FieldFilter",
    "Filter",
    "ImagePart",
    "Label",
    "Leaf",
    "Marker",
    "Message",
    "MessageContent",
    "Node",
    "NullableShape",
    "NumberExpression",
    "Pet",
    "Pin",
    "QuotePart",
    "Shape",
    "Size",
    "Square",
    "TextPart",
]


def __getattr__(name: str) -> _Any:
    module = _EXPORTS.get(name)
    if module is None:
        try:  # a module of the package (`models.pet`), as `import` would give it
            return _import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(_import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if _TYPE_CHECKING:
    from golden_recursive_unions.models.all_filter import AllFilter as AllFilter
    from golden_recursive_unions.models.any_filter import AnyFilter as AnyFilter
    from golden_recursive_unions.models.binary_expression import (
        BinaryExpression as BinaryExpression,
    )
    from golden_recursive_unions.models.branch import Branch as Branch
    from golden_recursive_unions.models.cat import Cat as Cat
    from golden_recursive_unions.models.circle import Circle as Circle
    from golden_recursive_unions.models.content_part import ContentPart as ContentPart
    from golden_recursive_unions.models.dog import Dog as Dog
    from golden_recursive_unions.models.drawing import Drawing as Drawing
    from golden_recursive_unions.models.expression import Expression as Expression
    from golden_recursive_unions.models.field_filter import FieldFilter as FieldFilter
    from golden_recursive_unions.models.filter import Filter as Filter
    from golden_recursive_unions.models.image_part import ImagePart as ImagePart
    from golden_recursive_unions.models.label import Label as Label
    from golden_recursive_unions.models.leaf import Leaf as Leaf
    from golden_recursive_unions.models.marker import Marker as Marker
    from golden_recursive_unions.models.message import Message as Message
    from golden_recursive_unions.models.message_content import MessageContent as MessageContent
    from golden_recursive_unions.models.node import Node as Node
    from golden_recursive_unions.models.nullable_shape import NullableShape as NullableShape
    from golden_recursive_unions.models.number_expression import (
        NumberExpression as NumberExpression,
    )
    from golden_recursive_unions.models.pet import Pet as Pet
    from golden_recursive_unions.models.pin import Pin as Pin
    from golden_recursive_unions.models.quote_part import QuotePart as QuotePart
    from golden_recursive_unions.models.shape import Shape as Shape
    from golden_recursive_unions.models.size import Size as Size
    from golden_recursive_unions.models.square import Square as Square
    from golden_recursive_unions.models.text_part import TextPart as TextPart
