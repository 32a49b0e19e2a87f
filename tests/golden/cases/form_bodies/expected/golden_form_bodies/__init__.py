"""Form bodies: a typed Python client.

Names are imported on first use (PEP 562), so `import golden_form_bodies` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "golden_form_bodies.api_client",
    "ApiResponse": "golden_form_bodies.api_response",
    "AsyncApiClient": "golden_form_bodies.async_api_client",
    "Configuration": "golden_form_bodies.configuration",
    "ApiAttributeError": "golden_form_bodies.exceptions",
    "ApiDecodeError": "golden_form_bodies.exceptions",
    "ApiException": "golden_form_bodies.exceptions",
    "ApiKeyError": "golden_form_bodies.exceptions",
    "ApiTypeError": "golden_form_bodies.exceptions",
    "ApiValueError": "golden_form_bodies.exceptions",
    "OpenApiException": "golden_form_bodies.exceptions",
    "ApiResponseTooLarge": "golden_form_bodies.exceptions",
    "BadRequestException": "golden_form_bodies.exceptions",
    "UnauthorizedException": "golden_form_bodies.exceptions",
    "ForbiddenException": "golden_form_bodies.exceptions",
    "NotFoundException": "golden_form_bodies.exceptions",
    "ConflictException": "golden_form_bodies.exceptions",
    "UnprocessableEntityException": "golden_form_bodies.exceptions",
    "ServiceException": "golden_form_bodies.exceptions",
    "ServerSentEvent": "golden_form_bodies._stream",
    "Stream": "golden_form_bodies._stream",
    "AsyncStream": "golden_form_bodies._stream",
    "Pages": "golden_form_bodies._pages",
    "AsyncPages": "golden_form_bodies._pages",
    "DefaultApi": "golden_form_bodies.api.default_api",
    "AsyncDefaultApi": "golden_form_bodies.api.default_api",
    "Named": "golden_form_bodies.models.named",
    "PasswordLogin": "golden_form_bodies.models.password_login",
    "TokenLogin": "golden_form_bodies.models.token_login",
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
    "Named",
    "NotFoundException",
    "OpenApiException",
    "Pages",
    "PasswordLogin",
    "ServerSentEvent",
    "ServiceException",
    "Stream",
    "TokenLogin",
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
    from golden_form_bodies._pages import AsyncPages as AsyncPages
    from golden_form_bodies._pages import Pages as Pages
    from golden_form_bodies._stream import AsyncStream as AsyncStream
    from golden_form_bodies._stream import ServerSentEvent as ServerSentEvent
    from golden_form_bodies._stream import Stream as Stream
    from golden_form_bodies.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_form_bodies.api.default_api import DefaultApi as DefaultApi
    from golden_form_bodies.api_client import ApiClient as ApiClient
    from golden_form_bodies.api_response import ApiResponse as ApiResponse
    from golden_form_bodies.async_api_client import AsyncApiClient as AsyncApiClient
    from golden_form_bodies.configuration import Configuration as Configuration
    from golden_form_bodies.exceptions import ApiAttributeError as ApiAttributeError
    from golden_form_bodies.exceptions import ApiDecodeError as ApiDecodeError
    from golden_form_bodies.exceptions import ApiException as ApiException
    from golden_form_bodies.exceptions import ApiKeyError as ApiKeyError
    from golden_form_bodies.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from golden_form_bodies.exceptions import ApiTypeError as ApiTypeError
    from golden_form_bodies.exceptions import ApiValueError as ApiValueError
    from golden_form_bodies.exceptions import BadRequestException as BadRequestException
    from golden_form_bodies.exceptions import ConflictException as ConflictException
    from golden_form_bodies.exceptions import ForbiddenException as ForbiddenException
    from golden_form_bodies.exceptions import NotFoundException as NotFoundException
    from golden_form_bodies.exceptions import OpenApiException as OpenApiException
    from golden_form_bodies.exceptions import ServiceException as ServiceException
    from golden_form_bodies.exceptions import UnauthorizedException as UnauthorizedException
    from golden_form_bodies.exceptions import (
        UnprocessableEntityException as UnprocessableEntityException,
    )
    from golden_form_bodies.models.named import Named as Named
    from golden_form_bodies.models.password_login import PasswordLogin as PasswordLogin
    from golden_form_bodies.models.token_login import TokenLogin as TokenLogin
