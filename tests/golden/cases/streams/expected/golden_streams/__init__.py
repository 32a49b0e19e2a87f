"""Streams: a typed Python client.

Names are imported on first use (PEP 562), so `import golden_streams` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "1.0.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "golden_streams.api_client",
    "ApiResponse": "golden_streams.api_response",
    "AsyncApiClient": "golden_streams.async_api_client",
    "Configuration": "golden_streams.configuration",
    "ApiAttributeError": "golden_streams.exceptions",
    "ApiDecodeError": "golden_streams.exceptions",
    "ApiException": "golden_streams.exceptions",
    "ApiKeyError": "golden_streams.exceptions",
    "ApiTypeError": "golden_streams.exceptions",
    "ApiValueError": "golden_streams.exceptions",
    "OpenApiException": "golden_streams.exceptions",
    "ApiResponseTooLarge": "golden_streams.exceptions",
    "BadRequestException": "golden_streams.exceptions",
    "UnauthorizedException": "golden_streams.exceptions",
    "ForbiddenException": "golden_streams.exceptions",
    "NotFoundException": "golden_streams.exceptions",
    "ConflictException": "golden_streams.exceptions",
    "UnprocessableEntityException": "golden_streams.exceptions",
    "ServiceException": "golden_streams.exceptions",
    "ServerSentEvent": "golden_streams._stream",
    "Stream": "golden_streams._stream",
    "AsyncStream": "golden_streams._stream",
    "Pages": "golden_streams._pages",
    "AsyncPages": "golden_streams._pages",
    "DefaultApi": "golden_streams.api.default_api",
    "AsyncDefaultApi": "golden_streams.api.default_api",
    "Error": "golden_streams.models.error",
    "Tick": "golden_streams.models.tick",
}

__all__ = [
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
    "Configuration",
    "ConflictException",
    "DefaultApi",
    "Error",
    "ForbiddenException",
    "NotFoundException",
    "OpenApiException",
    "Pages",
    "ServerSentEvent",
    "ServiceException",
    "Stream",
    "Tick",
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
    from golden_streams._pages import AsyncPages as AsyncPages
    from golden_streams._pages import Pages as Pages
    from golden_streams._stream import AsyncStream as AsyncStream
    from golden_streams._stream import ServerSentEvent as ServerSentEvent
    from golden_streams._stream import Stream as Stream
    from golden_streams.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_streams.api.default_api import DefaultApi as DefaultApi
    from golden_streams.api_client import ApiClient as ApiClient
    from golden_streams.api_response import ApiResponse as ApiResponse
    from golden_streams.async_api_client import AsyncApiClient as AsyncApiClient
    from golden_streams.configuration import Configuration as Configuration
    from golden_streams.exceptions import ApiAttributeError as ApiAttributeError
    from golden_streams.exceptions import ApiDecodeError as ApiDecodeError
    from golden_streams.exceptions import ApiException as ApiException
    from golden_streams.exceptions import ApiKeyError as ApiKeyError
    from golden_streams.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from golden_streams.exceptions import ApiTypeError as ApiTypeError
    from golden_streams.exceptions import ApiValueError as ApiValueError
    from golden_streams.exceptions import BadRequestException as BadRequestException
    from golden_streams.exceptions import ConflictException as ConflictException
    from golden_streams.exceptions import ForbiddenException as ForbiddenException
    from golden_streams.exceptions import NotFoundException as NotFoundException
    from golden_streams.exceptions import OpenApiException as OpenApiException
    from golden_streams.exceptions import ServiceException as ServiceException
    from golden_streams.exceptions import UnauthorizedException as UnauthorizedException
    from golden_streams.exceptions import (
        UnprocessableEntityException as UnprocessableEntityException,
    )
    from golden_streams.models.error import Error as Error
    from golden_streams.models.tick import Tick as Tick
