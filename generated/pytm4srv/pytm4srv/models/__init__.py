"""The models of pytm4srv machine holds API, imported on first use."""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

_EXPORTS: dict[str, str] = {
    "Error": "pytm4srv.models.error",
    "MachineHold": "pytm4srv.models.machine_hold",
    "MachineHoldPatch": "pytm4srv.models.machine_hold_patch",
    "MachineHoldSchedule": "pytm4srv.models.machine_hold_schedule",
    "MachineHoldSchedulePatch": "pytm4srv.models.machine_hold_schedule_patch",
    "MachineHoldSchedulePreview": "pytm4srv.models.machine_hold_schedule_preview",
}

__all__ = [
    "Error",
    "MachineHold",
    "MachineHoldPatch",
    "MachineHoldSchedule",
    "MachineHoldSchedulePatch",
    "MachineHoldSchedulePreview",
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
