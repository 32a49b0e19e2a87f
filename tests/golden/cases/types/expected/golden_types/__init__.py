"""Types: a typed Python client.

Names are imported on first use (PEP 562), so `import golden_types` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "golden_types.api_client",
    "ApiResponse": "golden_types.api_response",
    "AsyncApiClient": "golden_types.async_api_client",
    "Configuration": "golden_types.configuration",
    "ApiAttributeError": "golden_types.exceptions",
    "ApiDecodeError": "golden_types.exceptions",
    "ApiException": "golden_types.exceptions",
    "ApiKeyError": "golden_types.exceptions",
    "ApiTypeError": "golden_types.exceptions",
    "ApiValueError": "golden_types.exceptions",
    "OpenApiException": "golden_types.exceptions",
    "ApiResponseTooLarge": "golden_types.exceptions",
    "BadRequestException": "golden_types.exceptions",
    "UnauthorizedException": "golden_types.exceptions",
    "ForbiddenException": "golden_types.exceptions",
    "NotFoundException": "golden_types.exceptions",
    "ConflictException": "golden_types.exceptions",
    "UnprocessableEntityException": "golden_types.exceptions",
    "ServiceException": "golden_types.exceptions",
    "ServerSentEvent": "golden_types._stream",
    "Stream": "golden_types._stream",
    "AsyncStream": "golden_types._stream",
    "Pages": "golden_types._pages",
    "AsyncPages": "golden_types._pages",
    "DefaultApi": "golden_types.api.default_api",
    "AsyncDefaultApi": "golden_types.api.default_api",
    "Thing": "golden_types.models.thing",
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
    "NotFoundException",
    "OpenApiException",
    "Pages",
    "ServerSentEvent",
    "ServiceException",
    "Stream",
    "Thing",
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
    from golden_types._pages import AsyncPages as AsyncPages
    from golden_types._pages import Pages as Pages
    from golden_types._stream import AsyncStream as AsyncStream
    from golden_types._stream import ServerSentEvent as ServerSentEvent
    from golden_types._stream import Stream as Stream
    from golden_types.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_types.api.default_api import DefaultApi as DefaultApi
    from golden_types.api_client import ApiClient as ApiClient
    from golden_types.api_response import ApiResponse as ApiResponse
    from golden_types.async_api_client import AsyncApiClient as AsyncApiClient
    from golden_types.configuration import Configuration as Configuration
    from golden_types.exceptions import ApiAttributeError as ApiAttributeError
    from golden_types.exceptions import ApiDecodeError as ApiDecodeError
    from golden_types.exceptions import ApiException as ApiException
    from golden_types.exceptions import ApiKeyError as ApiKeyError
    from golden_types.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from golden_types.exceptions import ApiTypeError as ApiTypeError
    from golden_types.exceptions import ApiValueError as ApiValueError
    from golden_types.exceptions import BadRequestException as BadRequestException
    from golden_types.exceptions import ConflictException as ConflictException
    from golden_types.exceptions import ForbiddenException as ForbiddenException
    from golden_types.exceptions import NotFoundException as NotFoundException
    from golden_types.exceptions import OpenApiException as OpenApiException
    from golden_types.exceptions import ServiceException as ServiceException
    from golden_types.exceptions import UnauthorizedException as UnauthorizedException
    from golden_types.exceptions import UnprocessableEntityException as UnprocessableEntityException
    from golden_types.models.thing import Thing as Thing
