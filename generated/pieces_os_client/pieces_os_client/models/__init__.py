"""The models of Pieces OS Client Open API, imported on first use."""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

_EXPORTS: dict[str, str] = {
    "CapabilitiesEnum": "pieces_os_client.models.capabilities_enum",
    "FlattenedWorkstreamEvents": "pieces_os_client.models.flattened_workstream_events",
    "SeededWorkstreamEvent": "pieces_os_client.models.seeded_workstream_event",
    "WorkstreamEvent": "pieces_os_client.models.workstream_event",
    "WorkstreamEvents": "pieces_os_client.models.workstream_events",
    "WorkstreamEventsBatchFetchInput": "pieces_os_client.models.workstream_events_batch_fetch_input",
    "WorkstreamEventsBatchFetchOutput": "pieces_os_client.models.workstream_events_batch_fetch_output",
}

__all__ = [
    "CapabilitiesEnum",
    "FlattenedWorkstreamEvents",
    "SeededWorkstreamEvent",
    "WorkstreamEvent",
    "WorkstreamEvents",
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
