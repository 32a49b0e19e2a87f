"""Pagination: a typed Python client.

Names are imported on first use (PEP 562), so `import golden_pagination` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "1.0.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "golden_pagination.api_client",
    "ApiResponse": "golden_pagination.api_response",
    "AsyncApiClient": "golden_pagination.async_api_client",
    "Configuration": "golden_pagination.configuration",
    "ApiAttributeError": "golden_pagination.exceptions",
    "ApiDecodeError": "golden_pagination.exceptions",
    "ApiException": "golden_pagination.exceptions",
    "ApiKeyError": "golden_pagination.exceptions",
    "ApiTypeError": "golden_pagination.exceptions",
    "ApiValueError": "golden_pagination.exceptions",
    "OpenApiException": "golden_pagination.exceptions",
    "ApiResponseTooLarge": "golden_pagination.exceptions",
    "BadRequestException": "golden_pagination.exceptions",
    "UnauthorizedException": "golden_pagination.exceptions",
    "ForbiddenException": "golden_pagination.exceptions",
    "NotFoundException": "golden_pagination.exceptions",
    "ConflictException": "golden_pagination.exceptions",
    "UnprocessableEntityException": "golden_pagination.exceptions",
    "ServiceException": "golden_pagination.exceptions",
    "ServerSentEvent": "golden_pagination._stream",
    "Stream": "golden_pagination._stream",
    "AsyncStream": "golden_pagination._stream",
    "Pages": "golden_pagination._pages",
    "AsyncPages": "golden_pagination._pages",
    "DefaultApi": "golden_pagination.api.default_api",
    "AsyncDefaultApi": "golden_pagination.api.default_api",
    "CursorPage": "golden_pagination.models.cursor_page",
    "CursorPageMeta": "golden_pagination.models.cursor_page_meta",
    "FernPage": "golden_pagination.models.fern_page",
    "Item": "golden_pagination.models.item",
    "ItemPage": "golden_pagination.models.item_page",
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
    "CursorPage",
    "CursorPageMeta",
    "DefaultApi",
    "FernPage",
    "ForbiddenException",
    "Item",
    "ItemPage",
    "NotFoundException",
    "OpenApiException",
    "Pages",
    "ServerSentEvent",
    "ServiceException",
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
    from golden_pagination._pages import AsyncPages as AsyncPages
    from golden_pagination._pages import Pages as Pages
    from golden_pagination._stream import AsyncStream as AsyncStream
    from golden_pagination._stream import ServerSentEvent as ServerSentEvent
    from golden_pagination._stream import Stream as Stream
    from golden_pagination.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_pagination.api.default_api import DefaultApi as DefaultApi
    from golden_pagination.api_client import ApiClient as ApiClient
    from golden_pagination.api_response import ApiResponse as ApiResponse
    from golden_pagination.async_api_client import AsyncApiClient as AsyncApiClient
    from golden_pagination.configuration import Configuration as Configuration
    from golden_pagination.exceptions import ApiAttributeError as ApiAttributeError
    from golden_pagination.exceptions import ApiDecodeError as ApiDecodeError
    from golden_pagination.exceptions import ApiException as ApiException
    from golden_pagination.exceptions import ApiKeyError as ApiKeyError
    from golden_pagination.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from golden_pagination.exceptions import ApiTypeError as ApiTypeError
    from golden_pagination.exceptions import ApiValueError as ApiValueError
    from golden_pagination.exceptions import BadRequestException as BadRequestException
    from golden_pagination.exceptions import ConflictException as ConflictException
    from golden_pagination.exceptions import ForbiddenException as ForbiddenException
    from golden_pagination.exceptions import NotFoundException as NotFoundException
    from golden_pagination.exceptions import OpenApiException as OpenApiException
    from golden_pagination.exceptions import ServiceException as ServiceException
    from golden_pagination.exceptions import UnauthorizedException as UnauthorizedException
    from golden_pagination.exceptions import (
        UnprocessableEntityException as UnprocessableEntityException,
    )
    from golden_pagination.models.cursor_page import CursorPage as CursorPage
    from golden_pagination.models.cursor_page_meta import CursorPageMeta as CursorPageMeta
    from golden_pagination.models.fern_page import FernPage as FernPage
    from golden_pagination.models.item import Item as Item
    from golden_pagination.models.item_page import ItemPage as ItemPage
