"""Pieces OS Client Open API: a typed Python client.

Names are imported on first use (PEP 562), so `import pieces_os_client` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "5.0.1"

_EXPORTS: dict[str, str] = {
    "ApiClient": "pieces_os_client.api_client",
    "ApiResponse": "pieces_os_client.api_response",
    "AsyncApiClient": "pieces_os_client.async_api_client",
    "Configuration": "pieces_os_client.configuration",
    "ApiAttributeError": "pieces_os_client.exceptions",
    "ApiDecodeError": "pieces_os_client.exceptions",
    "ApiException": "pieces_os_client.exceptions",
    "ApiKeyError": "pieces_os_client.exceptions",
    "ApiTypeError": "pieces_os_client.exceptions",
    "ApiValueError": "pieces_os_client.exceptions",
    "OpenApiException": "pieces_os_client.exceptions",
    "ApiResponseTooLarge": "pieces_os_client.exceptions",
    "BadRequestException": "pieces_os_client.exceptions",
    "UnauthorizedException": "pieces_os_client.exceptions",
    "ForbiddenException": "pieces_os_client.exceptions",
    "NotFoundException": "pieces_os_client.exceptions",
    "ConflictException": "pieces_os_client.exceptions",
    "UnprocessableEntityException": "pieces_os_client.exceptions",
    "ServiceException": "pieces_os_client.exceptions",
    "ServerSentEvent": "pieces_os_client._stream",
    "Stream": "pieces_os_client._stream",
    "AsyncStream": "pieces_os_client._stream",
    "Pages": "pieces_os_client._pages",
    "AsyncPages": "pieces_os_client._pages",
    "WorkstreamEventsApi": "pieces_os_client.api.workstream_events_api",
    "AsyncWorkstreamEventsApi": "pieces_os_client.api.workstream_events_api",
    "CapabilitiesEnum": "pieces_os_client.models.capabilities_enum",
    "FlattenedWorkstreamEvents": "pieces_os_client.models.flattened_workstream_events",
    "SeededWorkstreamEvent": "pieces_os_client.models.seeded_workstream_event",
    "WorkstreamEvent": "pieces_os_client.models.workstream_event",
    "WorkstreamEvents": "pieces_os_client.models.workstream_events",
    "WorkstreamEventsBatchFetchInput": "pieces_os_client.models.workstream_events_batch_fetch_input",
    "WorkstreamEventsBatchFetchOutput": "pieces_os_client.models.workstream_events_batch_fetch_output",
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
    "AsyncPages",
    "AsyncStream",
    "AsyncWorkstreamEventsApi",
    "BadRequestException",
    "CapabilitiesEnum",
    "Configuration",
    "ConflictException",
    "FlattenedWorkstreamEvents",
    "ForbiddenException",
    "NotFoundException",
    "OpenApiException",
    "Pages",
    "SeededWorkstreamEvent",
    "ServerSentEvent",
    "ServiceException",
    "Stream",
    "UnauthorizedException",
    "UnprocessableEntityException",
    "WorkstreamEvent",
    "WorkstreamEvents",
    "WorkstreamEventsApi",
    "WorkstreamEventsBatchFetchInput",
    "WorkstreamEventsBatchFetchOutput",
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
    from pieces_os_client._pages import AsyncPages as AsyncPages
    from pieces_os_client._pages import Pages as Pages
    from pieces_os_client._stream import AsyncStream as AsyncStream
    from pieces_os_client._stream import ServerSentEvent as ServerSentEvent
    from pieces_os_client._stream import Stream as Stream
    from pieces_os_client.api.workstream_events_api import (
        AsyncWorkstreamEventsApi as AsyncWorkstreamEventsApi,
    )
    from pieces_os_client.api.workstream_events_api import (
        WorkstreamEventsApi as WorkstreamEventsApi,
    )
    from pieces_os_client.api_client import ApiClient as ApiClient
    from pieces_os_client.api_response import ApiResponse as ApiResponse
    from pieces_os_client.async_api_client import AsyncApiClient as AsyncApiClient
    from pieces_os_client.configuration import Configuration as Configuration
    from pieces_os_client.exceptions import ApiAttributeError as ApiAttributeError
    from pieces_os_client.exceptions import ApiDecodeError as ApiDecodeError
    from pieces_os_client.exceptions import ApiException as ApiException
    from pieces_os_client.exceptions import ApiKeyError as ApiKeyError
    from pieces_os_client.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from pieces_os_client.exceptions import ApiTypeError as ApiTypeError
    from pieces_os_client.exceptions import ApiValueError as ApiValueError
    from pieces_os_client.exceptions import BadRequestException as BadRequestException
    from pieces_os_client.exceptions import ConflictException as ConflictException
    from pieces_os_client.exceptions import ForbiddenException as ForbiddenException
    from pieces_os_client.exceptions import NotFoundException as NotFoundException
    from pieces_os_client.exceptions import OpenApiException as OpenApiException
    from pieces_os_client.exceptions import ServiceException as ServiceException
    from pieces_os_client.exceptions import UnauthorizedException as UnauthorizedException
    from pieces_os_client.exceptions import (
        UnprocessableEntityException as UnprocessableEntityException,
    )
    from pieces_os_client.models.capabilities_enum import CapabilitiesEnum as CapabilitiesEnum
    from pieces_os_client.models.flattened_workstream_events import (
        FlattenedWorkstreamEvents as FlattenedWorkstreamEvents,
    )
    from pieces_os_client.models.seeded_workstream_event import (
        SeededWorkstreamEvent as SeededWorkstreamEvent,
    )
    from pieces_os_client.models.workstream_event import WorkstreamEvent as WorkstreamEvent
    from pieces_os_client.models.workstream_events import WorkstreamEvents as WorkstreamEvents
    from pieces_os_client.models.workstream_events_batch_fetch_input import (
        WorkstreamEventsBatchFetchInput as WorkstreamEventsBatchFetchInput,
    )
    from pieces_os_client.models.workstream_events_batch_fetch_output import (
        WorkstreamEventsBatchFetchOutput as WorkstreamEventsBatchFetchOutput,
    )
