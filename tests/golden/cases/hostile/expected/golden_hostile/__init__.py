"""Hostile \"\"\" title {{ config }}: a typed Python client.

Names are imported on first use (PEP 562), so `import golden_hostile` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "golden_hostile.api_client",
    "ApiResponse": "golden_hostile.api_response",
    "AsyncApiClient": "golden_hostile.async_api_client",
    "Configuration": "golden_hostile.configuration",
    "ApiAttributeError": "golden_hostile.exceptions",
    "ApiDecodeError": "golden_hostile.exceptions",
    "ApiException": "golden_hostile.exceptions",
    "ApiKeyError": "golden_hostile.exceptions",
    "ApiTypeError": "golden_hostile.exceptions",
    "ApiValueError": "golden_hostile.exceptions",
    "OpenApiException": "golden_hostile.exceptions",
    "ApiResponseTooLarge": "golden_hostile.exceptions",
    "BadRequestException": "golden_hostile.exceptions",
    "UnauthorizedException": "golden_hostile.exceptions",
    "ForbiddenException": "golden_hostile.exceptions",
    "NotFoundException": "golden_hostile.exceptions",
    "ConflictException": "golden_hostile.exceptions",
    "UnprocessableEntityException": "golden_hostile.exceptions",
    "ServiceException": "golden_hostile.exceptions",
    "ServerSentEvent": "golden_hostile._stream",
    "Stream": "golden_hostile._stream",
    "AsyncStream": "golden_hostile._stream",
    "Pages": "golden_hostile._pages",
    "AsyncPages": "golden_hostile._pages",
    "DefaultApi": "golden_hostile.api.default_api",
    "AsyncDefaultApi": "golden_hostile.api.default_api",
    "ModelClass": "golden_hostile.models.model_class",
    "Weird": "golden_hostile.models.weird",
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
    "ForbiddenException",
    "ModelClass",
    "NotFoundException",
    "OpenApiException",
    "Pages",
    "ServerSentEvent",
    "ServiceException",
    "Stream",
    "UnauthorizedException",
    "UnprocessableEntityException",
    "Weird",
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
    from golden_hostile._pages import AsyncPages as AsyncPages
    from golden_hostile._pages import Pages as Pages
    from golden_hostile._stream import AsyncStream as AsyncStream
    from golden_hostile._stream import ServerSentEvent as ServerSentEvent
    from golden_hostile._stream import Stream as Stream
    from golden_hostile.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_hostile.api.default_api import DefaultApi as DefaultApi
    from golden_hostile.api_client import ApiClient as ApiClient
    from golden_hostile.api_response import ApiResponse as ApiResponse
    from golden_hostile.async_api_client import AsyncApiClient as AsyncApiClient
    from golden_hostile.configuration import Configuration as Configuration
    from golden_hostile.exceptions import ApiAttributeError as ApiAttributeError
    from golden_hostile.exceptions import ApiDecodeError as ApiDecodeError
    from golden_hostile.exceptions import ApiException as ApiException
    from golden_hostile.exceptions import ApiKeyError as ApiKeyError
    from golden_hostile.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from golden_hostile.exceptions import ApiTypeError as ApiTypeError
    from golden_hostile.exceptions import ApiValueError as ApiValueError
    from golden_hostile.exceptions import BadRequestException as BadRequestException
    from golden_hostile.exceptions import ConflictException as ConflictException
    from golden_hostile.exceptions import ForbiddenException as ForbiddenException
    from golden_hostile.exceptions import NotFoundException as NotFoundException
    from golden_hostile.exceptions import OpenApiException as OpenApiException
    from golden_hostile.exceptions import ServiceException as ServiceException
    from golden_hostile.exceptions import UnauthorizedException as UnauthorizedException
    from golden_hostile.exceptions import (
        UnprocessableEntityException as UnprocessableEntityException,
    )
    from golden_hostile.models.model_class import ModelClass as ModelClass
    from golden_hostile.models.weird import Weird as Weird
