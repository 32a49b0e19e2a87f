"""Inline: a typed Python client.

Names are imported on first use (PEP 562), so `import golden_inline_schemas` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "golden_inline_schemas.api_client",
    "ApiResponse": "golden_inline_schemas.api_response",
    "AsyncApiClient": "golden_inline_schemas.async_api_client",
    "Configuration": "golden_inline_schemas.configuration",
    "ApiAttributeError": "golden_inline_schemas.exceptions",
    "ApiDecodeError": "golden_inline_schemas.exceptions",
    "ApiException": "golden_inline_schemas.exceptions",
    "ApiKeyError": "golden_inline_schemas.exceptions",
    "ApiTypeError": "golden_inline_schemas.exceptions",
    "ApiValueError": "golden_inline_schemas.exceptions",
    "OpenApiException": "golden_inline_schemas.exceptions",
    "ApiResponseTooLarge": "golden_inline_schemas.exceptions",
    "BadRequestException": "golden_inline_schemas.exceptions",
    "UnauthorizedException": "golden_inline_schemas.exceptions",
    "ForbiddenException": "golden_inline_schemas.exceptions",
    "NotFoundException": "golden_inline_schemas.exceptions",
    "ConflictException": "golden_inline_schemas.exceptions",
    "UnprocessableEntityException": "golden_inline_schemas.exceptions",
    "ServiceException": "golden_inline_schemas.exceptions",
    "ServerSentEvent": "golden_inline_schemas._stream",
    "Stream": "golden_inline_schemas._stream",
    "AsyncStream": "golden_inline_schemas._stream",
    "Pages": "golden_inline_schemas._pages",
    "AsyncPages": "golden_inline_schemas._pages",
    "DefaultApi": "golden_inline_schemas.api.default_api",
    "AsyncDefaultApi": "golden_inline_schemas.api.default_api",
    "V2IntervalsDeletePost200Response": "golden_inline_schemas.models.v2_intervals_delete_post200_response",
    "V2IntervalsDeletePost200ResponseItemsInner": "golden_inline_schemas.models.v2_intervals_delete_post200_response_items_inner",
    "V2IntervalsDeletePost400Response": "golden_inline_schemas.models.v2_intervals_delete_post400_response",
    "V2IntervalsDeletePostRequest": "golden_inline_schemas.models.v2_intervals_delete_post_request",
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
    "UnauthorizedException",
    "UnprocessableEntityException",
    "V2IntervalsDeletePost200Response",
    "V2IntervalsDeletePost200ResponseItemsInner",
    "V2IntervalsDeletePost400Response",
    "V2IntervalsDeletePostRequest",
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
    from golden_inline_schemas._pages import AsyncPages as AsyncPages
    from golden_inline_schemas._pages import Pages as Pages
    from golden_inline_schemas._stream import AsyncStream as AsyncStream
    from golden_inline_schemas._stream import ServerSentEvent as ServerSentEvent
    from golden_inline_schemas._stream import Stream as Stream
    from golden_inline_schemas.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_inline_schemas.api.default_api import DefaultApi as DefaultApi
    from golden_inline_schemas.api_client import ApiClient as ApiClient
    from golden_inline_schemas.api_response import ApiResponse as ApiResponse
    from golden_inline_schemas.async_api_client import AsyncApiClient as AsyncApiClient
    from golden_inline_schemas.configuration import Configuration as Configuration
    from golden_inline_schemas.exceptions import ApiAttributeError as ApiAttributeError
    from golden_inline_schemas.exceptions import ApiDecodeError as ApiDecodeError
    from golden_inline_schemas.exceptions import ApiException as ApiException
    from golden_inline_schemas.exceptions import ApiKeyError as ApiKeyError
    from golden_inline_schemas.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from golden_inline_schemas.exceptions import ApiTypeError as ApiTypeError
    from golden_inline_schemas.exceptions import ApiValueError as ApiValueError
    from golden_inline_schemas.exceptions import BadRequestException as BadRequestException
    from golden_inline_schemas.exceptions import ConflictException as ConflictException
    from golden_inline_schemas.exceptions import ForbiddenException as ForbiddenException
    from golden_inline_schemas.exceptions import NotFoundException as NotFoundException
    from golden_inline_schemas.exceptions import OpenApiException as OpenApiException
    from golden_inline_schemas.exceptions import ServiceException as ServiceException
    from golden_inline_schemas.exceptions import UnauthorizedException as UnauthorizedException
    from golden_inline_schemas.exceptions import (
        UnprocessableEntityException as UnprocessableEntityException,
    )
    from golden_inline_schemas.models.v2_intervals_delete_post200_response import (
        V2IntervalsDeletePost200Response as V2IntervalsDeletePost200Response,
    )
    from golden_inline_schemas.models.v2_intervals_delete_post200_response_items_inner import (
        V2IntervalsDeletePost200ResponseItemsInner as V2IntervalsDeletePost200ResponseItemsInner,
    )
    from golden_inline_schemas.models.v2_intervals_delete_post400_response import (
        V2IntervalsDeletePost400Response as V2IntervalsDeletePost400Response,
    )
    from golden_inline_schemas.models.v2_intervals_delete_post_request import (
        V2IntervalsDeletePostRequest as V2IntervalsDeletePostRequest,
    )
