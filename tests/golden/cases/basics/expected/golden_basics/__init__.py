"""Pet Store: a typed Python client.

Names are imported on first use (PEP 562), so `import golden_basics` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "golden_basics.api_client",
    "ApiResponse": "golden_basics.api_response",
    "AsyncApiClient": "golden_basics.async_api_client",
    "Configuration": "golden_basics.configuration",
    "ApiAttributeError": "golden_basics.exceptions",
    "ApiDecodeError": "golden_basics.exceptions",
    "ApiException": "golden_basics.exceptions",
    "ApiKeyError": "golden_basics.exceptions",
    "ApiTypeError": "golden_basics.exceptions",
    "ApiValueError": "golden_basics.exceptions",
    "OpenApiException": "golden_basics.exceptions",
    "ApiResponseTooLarge": "golden_basics.exceptions",
    "BadRequestException": "golden_basics.exceptions",
    "UnauthorizedException": "golden_basics.exceptions",
    "ForbiddenException": "golden_basics.exceptions",
    "NotFoundException": "golden_basics.exceptions",
    "ConflictException": "golden_basics.exceptions",
    "UnprocessableEntityException": "golden_basics.exceptions",
    "ServiceException": "golden_basics.exceptions",
    "ServerSentEvent": "golden_basics._stream",
    "Stream": "golden_basics._stream",
    "AsyncStream": "golden_basics._stream",
    "Pages": "golden_basics._pages",
    "AsyncPages": "golden_basics._pages",
    "DefaultApi": "golden_basics.api.default_api",
    "AsyncDefaultApi": "golden_basics.api.default_api",
    "PetsApi": "golden_basics.api.pets_api",
    "AsyncPetsApi": "golden_basics.api.pets_api",
    "StoreApi": "golden_basics.api.store_api",
    "AsyncStoreApi": "golden_basics.api.store_api",
    "Error": "golden_basics.models.error",
    "NewPet": "golden_basics.models.new_pet",
    "Pet": "golden_basics.models.pet",
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
    "AsyncPetsApi",
    "AsyncStoreApi",
    "AsyncStream",
    "BadRequestException",
    "Configuration",
    "ConflictException",
    "DefaultApi",
    "Error",
    "ForbiddenException",
    "NewPet",
    "NotFoundException",
    "OpenApiException",
    "Pages",
    "Pet",
    "PetsApi",
    "ServerSentEvent",
    "ServiceException",
    "StoreApi",
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
    from golden_basics._pages import AsyncPages as AsyncPages
    from golden_basics._pages import Pages as Pages
    from golden_basics._stream import AsyncStream as AsyncStream
    from golden_basics._stream import ServerSentEvent as ServerSentEvent
    from golden_basics._stream import Stream as Stream
    from golden_basics.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_basics.api.default_api import DefaultApi as DefaultApi
    from golden_basics.api.pets_api import AsyncPetsApi as AsyncPetsApi
    from golden_basics.api.pets_api import PetsApi as PetsApi
    from golden_basics.api.store_api import AsyncStoreApi as AsyncStoreApi
    from golden_basics.api.store_api import StoreApi as StoreApi
    from golden_basics.api_client import ApiClient as ApiClient
    from golden_basics.api_response import ApiResponse as ApiResponse
    from golden_basics.async_api_client import AsyncApiClient as AsyncApiClient
    from golden_basics.configuration import Configuration as Configuration
    from golden_basics.exceptions import ApiAttributeError as ApiAttributeError
    from golden_basics.exceptions import ApiDecodeError as ApiDecodeError
    from golden_basics.exceptions import ApiException as ApiException
    from golden_basics.exceptions import ApiKeyError as ApiKeyError
    from golden_basics.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from golden_basics.exceptions import ApiTypeError as ApiTypeError
    from golden_basics.exceptions import ApiValueError as ApiValueError
    from golden_basics.exceptions import BadRequestException as BadRequestException
    from golden_basics.exceptions import ConflictException as ConflictException
    from golden_basics.exceptions import ForbiddenException as ForbiddenException
    from golden_basics.exceptions import NotFoundException as NotFoundException
    from golden_basics.exceptions import OpenApiException as OpenApiException
    from golden_basics.exceptions import ServiceException as ServiceException
    from golden_basics.exceptions import UnauthorizedException as UnauthorizedException
    from golden_basics.exceptions import (
        UnprocessableEntityException as UnprocessableEntityException,
    )
    from golden_basics.models.error import Error as Error
    from golden_basics.models.new_pet import NewPet as NewPet
    from golden_basics.models.pet import Pet as Pet
