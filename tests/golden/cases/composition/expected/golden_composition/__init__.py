"""Composition: a typed Python client.

Names are imported on first use (PEP 562), so `import golden_composition` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "golden_composition.api_client",
    "ApiResponse": "golden_composition.api_response",
    "AsyncApiClient": "golden_composition.async_api_client",
    "Configuration": "golden_composition.configuration",
    "ApiAttributeError": "golden_composition.exceptions",
    "ApiDecodeError": "golden_composition.exceptions",
    "ApiException": "golden_composition.exceptions",
    "ApiKeyError": "golden_composition.exceptions",
    "ApiTypeError": "golden_composition.exceptions",
    "ApiValueError": "golden_composition.exceptions",
    "OpenApiException": "golden_composition.exceptions",
    "ApiResponseTooLarge": "golden_composition.exceptions",
    "BadRequestException": "golden_composition.exceptions",
    "UnauthorizedException": "golden_composition.exceptions",
    "ForbiddenException": "golden_composition.exceptions",
    "NotFoundException": "golden_composition.exceptions",
    "ConflictException": "golden_composition.exceptions",
    "UnprocessableEntityException": "golden_composition.exceptions",
    "ServiceException": "golden_composition.exceptions",
    "ServerSentEvent": "golden_composition._stream",
    "Stream": "golden_composition._stream",
    "AsyncStream": "golden_composition._stream",
    "Pages": "golden_composition._pages",
    "AsyncPages": "golden_composition._pages",
    "DefaultApi": "golden_composition.api.default_api",
    "AsyncDefaultApi": "golden_composition.api.default_api",
    "Animal": "golden_composition.models.animal",
    "AnyOfThing": "golden_composition.models.any_of_thing",
    "Cat": "golden_composition.models.cat",
    "Circle": "golden_composition.models.circle",
    "Dog": "golden_composition.models.dog",
    "Labeled": "golden_composition.models.labeled",
    "Pet": "golden_composition.models.pet",
    "Record": "golden_composition.models.record",
    "RecordClosed": "golden_composition.models.record_closed",
    "Scalar": "golden_composition.models.scalar",
    "Shape": "golden_composition.models.shape",
    "Square": "golden_composition.models.square",
}

__all__ = [
    "Animal",
    "AnyOfThing",
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
    "Cat",
    "Circle",
    "Configuration",
    "ConflictException",
    "DefaultApi",
    "Dog",
    "ForbiddenException",
    "Labeled",
    "NotFoundException",
    "OpenApiException",
    "Pages",
    "Pet",
    "Record",
    "RecordClosed",
    "Scalar",
    "ServerSentEvent",
    "ServiceException",
    "Shape",
    "Square",
    "Stream",
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
    from golden_composition._pages import AsyncPages as AsyncPages
    from golden_composition._pages import Pages as Pages
    from golden_composition._stream import AsyncStream as AsyncStream
    from golden_composition._stream import ServerSentEvent as ServerSentEvent
    from golden_composition._stream import Stream as Stream
    from golden_composition.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_composition.api.default_api import DefaultApi as DefaultApi
    from golden_composition.api_client import ApiClient as ApiClient
    from golden_composition.api_response import ApiResponse as ApiResponse
    from golden_composition.async_api_client import AsyncApiClient as AsyncApiClient
    from golden_composition.configuration import Configuration as Configuration
    from golden_composition.exceptions import ApiAttributeError as ApiAttributeError
    from golden_composition.exceptions import ApiDecodeError as ApiDecodeError
    from golden_composition.exceptions import ApiException as ApiException
    from golden_composition.exceptions import ApiKeyError as ApiKeyError
    from golden_composition.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from golden_composition.exceptions import ApiTypeError as ApiTypeError
    from golden_composition.exceptions import ApiValueError as ApiValueError
    from golden_composition.exceptions import BadRequestException as BadRequestException
    from golden_composition.exceptions import ConflictException as ConflictException
    from golden_composition.exceptions import ForbiddenException as ForbiddenException
    from golden_composition.exceptions import NotFoundException as NotFoundException
    from golden_composition.exceptions import OpenApiException as OpenApiException
    from golden_composition.exceptions import ServiceException as ServiceException
    from golden_composition.exceptions import UnauthorizedException as UnauthorizedException
    from golden_composition.exceptions import (
        UnprocessableEntityException as UnprocessableEntityException,
    )
    from golden_composition.models.animal import Animal as Animal
    from golden_composition.models.any_of_thing import AnyOfThing as AnyOfThing
    from golden_composition.models.cat import Cat as Cat
    from golden_composition.models.circle import Circle as Circle
    from golden_composition.models.dog import Dog as Dog
    from golden_composition.models.labeled import Labeled as Labeled
    from golden_composition.models.pet import Pet as Pet
    from golden_composition.models.record import Record as Record
    from golden_composition.models.record_closed import RecordClosed as RecordClosed
    from golden_composition.models.scalar import Scalar as Scalar
    from golden_composition.models.shape import Shape as Shape
    from golden_composition.models.square import Square as Square
