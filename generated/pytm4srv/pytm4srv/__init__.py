"""pytm4srv machine holds API: a typed Python client.

Names are imported on first use (PEP 562), so `import pytm4srv` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "1.0.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "pytm4srv.api_client",
    "ApiResponse": "pytm4srv.api_response",
    "AsyncApiClient": "pytm4srv.async_api_client",
    "Configuration": "pytm4srv.configuration",
    "ApiAttributeError": "pytm4srv.exceptions",
    "ApiDecodeError": "pytm4srv.exceptions",
    "ApiException": "pytm4srv.exceptions",
    "ApiKeyError": "pytm4srv.exceptions",
    "ApiTypeError": "pytm4srv.exceptions",
    "ApiValueError": "pytm4srv.exceptions",
    "OpenApiException": "pytm4srv.exceptions",
    "ApiResponseTooLarge": "pytm4srv.exceptions",
    "BadRequestException": "pytm4srv.exceptions",
    "UnauthorizedException": "pytm4srv.exceptions",
    "ForbiddenException": "pytm4srv.exceptions",
    "NotFoundException": "pytm4srv.exceptions",
    "ConflictException": "pytm4srv.exceptions",
    "UnprocessableEntityException": "pytm4srv.exceptions",
    "ServiceException": "pytm4srv.exceptions",
    "ServerSentEvent": "pytm4srv._stream",
    "Stream": "pytm4srv._stream",
    "AsyncStream": "pytm4srv._stream",
    "Pages": "pytm4srv._pages",
    "AsyncPages": "pytm4srv._pages",
    "MachineHoldsApi": "pytm4srv.api.machine_holds_api",
    "AsyncMachineHoldsApi": "pytm4srv.api.machine_holds_api",
    "Error": "pytm4srv.models.error",
    "MachineHold": "pytm4srv.models.machine_hold",
    "MachineHoldPatch": "pytm4srv.models.machine_hold_patch",
    "MachineHoldSchedule": "pytm4srv.models.machine_hold_schedule",
    "MachineHoldSchedulePatch": "pytm4srv.models.machine_hold_schedule_patch",
    "MachineHoldSchedulePreview": "pytm4srv.models.machine_hold_schedule_preview",
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
    "AsyncMachineHoldsApi",
    "AsyncPages",
    "AsyncStream",
    "BadRequestException",
    "Configuration",
    "ConflictException",
    "Error",
    "ForbiddenException",
    "MachineHold",
    "MachineHoldPatch",
    "MachineHoldSchedule",
    "MachineHoldSchedulePatch",
    "MachineHoldSchedulePreview",
    "MachineHoldsApi",
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
    from pytm4srv._pages import AsyncPages as AsyncPages
    from pytm4srv._pages import Pages as Pages
    from pytm4srv._stream import AsyncStream as AsyncStream
    from pytm4srv._stream import ServerSentEvent as ServerSentEvent
    from pytm4srv._stream import Stream as Stream
    from pytm4srv.api.machine_holds_api import AsyncMachineHoldsApi as AsyncMachineHoldsApi
    from pytm4srv.api.machine_holds_api import MachineHoldsApi as MachineHoldsApi
    from pytm4srv.api_client import ApiClient as ApiClient
    from pytm4srv.api_response import ApiResponse as ApiResponse
    from pytm4srv.async_api_client import AsyncApiClient as AsyncApiClient
    from pytm4srv.configuration import Configuration as Configuration
    from pytm4srv.exceptions import ApiAttributeError as ApiAttributeError
    from pytm4srv.exceptions import ApiDecodeError as ApiDecodeError
    from pytm4srv.exceptions import ApiException as ApiException
    from pytm4srv.exceptions import ApiKeyError as ApiKeyError
    from pytm4srv.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from pytm4srv.exceptions import ApiTypeError as ApiTypeError
    from pytm4srv.exceptions import ApiValueError as ApiValueError
    from pytm4srv.exceptions import BadRequestException as BadRequestException
    from pytm4srv.exceptions import ConflictException as ConflictException
    from pytm4srv.exceptions import ForbiddenException as ForbiddenException
    from pytm4srv.exceptions import NotFoundException as NotFoundException
    from pytm4srv.exceptions import OpenApiException as OpenApiException
    from pytm4srv.exceptions import ServiceException as ServiceException
    from pytm4srv.exceptions import UnauthorizedException as UnauthorizedException
    from pytm4srv.exceptions import UnprocessableEntityException as UnprocessableEntityException
    from pytm4srv.models.error import Error as Error
    from pytm4srv.models.machine_hold import MachineHold as MachineHold
    from pytm4srv.models.machine_hold_patch import MachineHoldPatch as MachineHoldPatch
    from pytm4srv.models.machine_hold_schedule import MachineHoldSchedule as MachineHoldSchedule
    from pytm4srv.models.machine_hold_schedule_patch import (
        MachineHoldSchedulePatch as MachineHoldSchedulePatch,
    )
    from pytm4srv.models.machine_hold_schedule_preview import (
        MachineHoldSchedulePreview as MachineHoldSchedulePreview,
    )
