"""MachineHoldSchedulePreview: a model of pytm4srv machine holds API."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, Optional

from pydantic import Field

from pytm4srv._model import ENUM, ApiNullableModel, Limits


class MachineHoldSchedulePreview(ApiNullableModel):
    """A partial MachineHoldSchedule for previewSchedule: at least the scheduling fields. If id is provided, the schedule will start from the timestamp of the last hold with that schedule ID. See MachineHoldSchedule for the meaning of each field."""

    duration: Optional[int] = Field(
        default=None,
        description="How long to hold the machine each time this schedule fires (in minutes).",
    )
    frequency: Annotated[Literal["Y", "M", "W", "D", "H"], ENUM] = Field(
        description="How often to repeat this schedule: Y (yearly), M (monthly), W (weekly), D (daily), H (hourly)",
    )
    id: Optional[int] = Field(
        default=None,
        description="ID of an existing schedule; the preview then starts from the timestamp of its last hold.",
    )
    indices: list[int] = Field(
        description="When to run within each occurrence of frequency. Ignored if frequency is set to H.",
    )
    interval: Annotated[int, Limits(ge=1)] = Field(
        description="One out of how many frequency occurrences to run."
    )
    machine_id: Optional[int] = Field(
        default=None, description="ID of the machine this schedule applies to."
    )
    months: Annotated[int, Limits(ge=0, le=4095)] = Field(
        description="Months in which to run this schedule (bitfield, bit 0 = January; 4095 = every month).",
    )
    name: Optional[str] = Field(default=None, description="User-supplied name of this schedule.")
    reason: Optional[str] = Field(
        default=None, description="Reason to apply to holds created from this schedule."
    )
    time_of_day: str = Field(description='What time of day to schedule for ("HH:MM:SS").')
    weekdays: Annotated[int, Limits(ge=0, le=127)] = Field(
        description="Days of the week on which to run this schedule (bitfield, bit 0 = Monday; 127 = every day).",
    )
    __nullable__: ClassVar[frozenset[str]] = frozenset({"duration"})
