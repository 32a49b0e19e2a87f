"""Recursive unions: a typed Python client.

Names are imported on first use (PEP 562), so `import golden_recursive_unions` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "golden_recursive_unions.api_client",
    "ApiResponse": "golden_recursive_unions.api_response",
    "AsyncApiClient": "golden_recursive_unions.async_api_client",
    "Configuration": "golden_recursive_unions.configuration",
    "ApiAttributeError": "golden_recursive_unions.exceptions",
    "ApiDecodeError": "golden_recursive_unions.exceptions",
    "ApiException": "golden_recursive_unions.exceptions",
    "ApiKeyError": "golden_recursive_unions.exceptions",
    "ApiTypeError": "golden_recursive_unions.exceptions",
    "ApiValueError": "golden_recursive_unions.exceptions",
    "OpenApiException": "golden_recursive_unions.exceptions",
    "ApiResponseTooLarge": "golden_recursive_unions.exceptions",
    "BadRequestException": "golden_recursive_unions.exceptions",
    "UnauthorizedException": "golden_recursive_unions.exceptions",
    "ForbiddenException": "golden_recursive_unions.exceptions",
    "NotFoundException": "golden_recursive_unions.exceptions",
    "ConflictException": "golden_recursive_unions.exceptions",
    "UnprocessableEntityException": "golden_recursive_unions.exceptions",
    "ServiceException": "golden_recursive_unions.exceptions",
    "ServerSentEvent": "golden_recursive_unions._stream",
    "Stream": "golden_recursive_unions._stream",
    "AsyncStream": "golden_recursive_unions._stream",
    "Pages": "golden_recursive_unions._pages",
    "AsyncPages": "golden_recursive_unions._pages",
    "DefaultApi": "golden_recursive_unions.api.default_api",
    "AsyncDefaultApi": "golden_recursive_unions.api.default_api",
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
    "ApiAttributeError",
    "ApiClient",
    "ApiDecodeError",
    "ApiException",
    "ApiKeyError",
    "ApiResponse",
    "ApiResponseTooLarge",
    "ApiTypeError",
    "ApiValueError",
    "AsyncApiClient",
    "AsyncDefaultApi",
    "AsyncPages",
    "AsyncStream",
    "BadRequestException",
    "BinaryExpression",
    "Branch",
    "Cat",
    "Circle",
    "Configuration",
    "ConflictException",
    "ContentPart",
    "DefaultApi",
    "Dog",
    "Drawing",
    "Expression",
    "FieldFilter",
    "Filter",
    "ForbiddenException",
    "ImagePart",
    "Label",
    "Leaf",
    "Marker",
    "Message",
    "MessageContent",
    "Node",
    "NotFoundException",
    "NullableShape",
    "NumberExpression",
    "OpenApiException",
    "Pages",
    "Pet",
    "Pin",
    "QuotePart",
    "ServerSentEvent",
    "ServiceException",
    "Shape",
    "Size",
    "Square",
    "Stream",
    "TextPart",
    "UnauthorizedException",
    "UnprocessableEntityException",
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
    from golden_recursive_unions._pages import AsyncPages as AsyncPages
    from golden_recursive_unions._pages import Pages as Pages
    from golden_recursive_unions._stream import AsyncStream as AsyncStream
    from golden_recursive_unions._stream import ServerSentEvent as ServerSentEvent
    from golden_recursive_unions._stream import Stream as Stream
    from golden_recursive_unions.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_recursive_unions.api.default_api import DefaultApi as DefaultApi
    from golden_recursive_unions.api_client import ApiClient as ApiClient
    from golden_recursive_unions.api_response import ApiResponse as ApiResponse
    from golden_recursive_unions.async_api_client import AsyncApiClient as AsyncApiClient
    from golden_recursive_unions.configuration import Configuration as Configuration
    from golden_recursive_unions.exceptions import ApiAttributeError as ApiAttributeError
    from golden_recursive_unions.exceptions import ApiDecodeError as ApiDecodeError
    from golden_recursive_unions.exceptions import ApiException as ApiException
    from golden_recursive_unions.exceptions import ApiKeyError as ApiKeyError
    from golden_recursive_unions.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from golden_recursive_unions.exceptions import ApiTypeError as ApiTypeError
    from golden_recursive_unions.exceptions import ApiValueError as ApiValueError
    from golden_recursive_unions.exceptions import BadRequestException as BadRequestException
    from golden_recursive_unions.exceptions import ConflictException as ConflictException
    from golden_recursive_unions.exceptions import ForbiddenException as ForbiddenException
    from golden_recursive_unions.exceptions import NotFoundException as NotFoundException
    from golden_recursive_unions.exceptions import OpenApiException as OpenApiException
    from golden_recursive_unions.exceptions import ServiceException as ServiceException
    from golden_recursive_unions.exceptions import UnauthorizedException as UnauthorizedException
    from golden_recursive_unions.exceptions import (
        UnprocessableEntityException as UnprocessableEntityException,
    )
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
