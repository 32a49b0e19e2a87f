"""Names: a typed Python client.

Names are imported on first use (PEP 562), so `import golden_names` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "golden_names.api_client",
    "ApiResponse": "golden_names.api_response",
    "AsyncApiClient": "golden_names.async_api_client",
    "Configuration": "golden_names.configuration",
    "ApiAttributeError": "golden_names.exceptions",
    "ApiDecodeError": "golden_names.exceptions",
    "ApiException": "golden_names.exceptions",
    "ApiKeyError": "golden_names.exceptions",
    "ApiTypeError": "golden_names.exceptions",
    "ApiValueError": "golden_names.exceptions",
    "OpenApiException": "golden_names.exceptions",
    "ApiResponseTooLarge": "golden_names.exceptions",
    "BadRequestException": "golden_names.exceptions",
    "UnauthorizedException": "golden_names.exceptions",
    "ForbiddenException": "golden_names.exceptions",
    "NotFoundException": "golden_names.exceptions",
    "ConflictException": "golden_names.exceptions",
    "UnprocessableEntityException": "golden_names.exceptions",
    "ServiceException": "golden_names.exceptions",
    "ServerSentEvent": "golden_names._stream",
    "Stream": "golden_names._stream",
    "AsyncStream": "golden_names._stream",
    "Pages": "golden_names._pages",
    "AsyncPages": "golden_names._pages",
    "DefaultApi": "golden_names.api.default_api",
    "AsyncDefaultApi": "golden_names.api.default_api",
    "Date": "golden_names.models.date",
    "Model1stThing": "golden_names.models.model1st_thing",
    "OddModel": "golden_names.models.odd_model",
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
    "Date",
    "DefaultApi",
    "ForbiddenException",
    "Model1stThing",
    "NotFoundException",
    "OddModel",
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
    from golden_names._pages import AsyncPages as AsyncPages
    from golden_names._pages import Pages as Pages
    from golden_names._stream import AsyncStream as AsyncStream
    from golden_names._stream import ServerSentEvent as ServerSentEvent
    from golden_names._stream import Stream as Stream
    from golden_names.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_names.api.default_api import DefaultApi as DefaultApi
    from golden_names.api_client import ApiClient as ApiClient
    from golden_names.api_response import ApiResponse as ApiResponse
    from golden_names.async_api_client import AsyncApiClient as AsyncApiClient
    from golden_names.configuration import Configuration as Configuration
    from golden_names.exceptions import ApiAttributeError as ApiAttributeError
    from golden_names.exceptions import ApiDecodeError as ApiDecodeError
    from golden_names.exceptions import ApiException as ApiException
    from golden_names.exceptions import ApiKeyError as ApiKeyError
    from golden_names.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from golden_names.exceptions import ApiTypeError as ApiTypeError
    from golden_names.exceptions import ApiValueError as ApiValueError
    from golden_names.exceptions import BadRequestException as BadRequestException
    from golden_names.exceptions import ConflictException as ConflictException
    from golden_names.exceptions import ForbiddenException as ForbiddenException
    from golden_names.exceptions import NotFoundException as NotFoundException
    from golden_names.exceptions import OpenApiException as OpenApiException
    from golden_names.exceptions import ServiceException as ServiceException
    from golden_names.exceptions import UnauthorizedException as UnauthorizedException
    from golden_names.exceptions import UnprocessableEntityException as UnprocessableEntityException
    from golden_names.models.date import Date as Date
    from golden_names.models.model1st_thing import Model1stThing as Model1stThing
    from golden_names.models.odd_model import OddModel as OddModel
