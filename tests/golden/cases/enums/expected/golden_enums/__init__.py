"""Enums: a typed Python client.

Names are imported on first use (PEP 562), so `import golden_enums` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "golden_enums.api_client",
    "ApiResponse": "golden_enums.api_response",
    "AsyncApiClient": "golden_enums.async_api_client",
    "Configuration": "golden_enums.configuration",
    "ApiAttributeError": "golden_enums.exceptions",
    "ApiDecodeError": "golden_enums.exceptions",
    "ApiException": "golden_enums.exceptions",
    "ApiKeyError": "golden_enums.exceptions",
    "ApiTypeError": "golden_enums.exceptions",
    "ApiValueError": "golden_enums.exceptions",
    "OpenApiException": "golden_enums.exceptions",
    "ApiResponseTooLarge": "golden_enums.exceptions",
    "BadRequestException": "golden_enums.exceptions",
    "UnauthorizedException": "golden_enums.exceptions",
    "ForbiddenException": "golden_enums.exceptions",
    "NotFoundException": "golden_enums.exceptions",
    "ConflictException": "golden_enums.exceptions",
    "UnprocessableEntityException": "golden_enums.exceptions",
    "ServiceException": "golden_enums.exceptions",
    "ServerSentEvent": "golden_enums._stream",
    "Stream": "golden_enums._stream",
    "AsyncStream": "golden_enums._stream",
    "Pages": "golden_enums._pages",
    "AsyncPages": "golden_enums._pages",
    "DefaultApi": "golden_enums.api.default_api",
    "AsyncDefaultApi": "golden_enums.api.default_api",
    "Order": "golden_enums.models.order",
    "Priority": "golden_enums.models.priority",
    "Status": "golden_enums.models.status",
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
    "Order",
    "Pages",
    "Priority",
    "ServerSentEvent",
    "ServiceException",
    "Status",
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
    from golden_enums._pages import AsyncPages as AsyncPages
    from golden_enums._pages import Pages as Pages
    from golden_enums._stream import AsyncStream as AsyncStream
    from golden_enums._stream import ServerSentEvent as ServerSentEvent
    from golden_enums._stream import Stream as Stream
    from golden_enums.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_enums.api.default_api import DefaultApi as DefaultApi
    from golden_enums.api_client import ApiClient as ApiClient
    from golden_enums.api_response import ApiResponse as ApiResponse
    from golden_enums.async_api_client import AsyncApiClient as AsyncApiClient
    from golden_enums.configuration import Configuration as Configuration
    from golden_enums.exceptions import ApiAttributeError as ApiAttributeError
    from golden_enums.exceptions import ApiDecodeError as ApiDecodeError
    from golden_enums.exceptions import ApiException as ApiException
    from golden_enums.exceptions import ApiKeyError as ApiKeyError
    from golden_enums.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from golden_enums.exceptions import ApiTypeError as ApiTypeError
    from golden_enums.exceptions import ApiValueError as ApiValueError
    from golden_enums.exceptions import BadRequestException as BadRequestException
    from golden_enums.exceptions import ConflictException as ConflictException
    from golden_enums.exceptions import ForbiddenException as ForbiddenException
    from golden_enums.exceptions import NotFoundException as NotFoundException
    from golden_enums.exceptions import OpenApiException as OpenApiException
    from golden_enums.exceptions import ServiceException as ServiceException
    from golden_enums.exceptions import UnauthorizedException as UnauthorizedException
    from golden_enums.exceptions import UnprocessableEntityException as UnprocessableEntityException
    from golden_enums.models.order import Order as Order
    from golden_enums.models.priority import Priority as Priority
    from golden_enums.models.status import Status as Status
