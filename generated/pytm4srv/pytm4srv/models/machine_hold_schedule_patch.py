"""MachineHoldSchedulePatch: a model of pytm4srv machine holds API."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, Optional

from pydantic import Field

from pytm4srv._model import ENUM, ApiNullableModel, Limits


class MachineHoldSchedulePatch(ApiNullableModel):
    """A partial MachineHoldSchedule, for editing an existing schedule. Every field is optional; only the fields given are changed. See MachineHoldSchedule for the meaning of each field."""

    duration: Optional[int] = Field(
        default=None,
        description="How long to hold the machine each time this schedule fires (in minutes). NULL means the hold will be indefinite and must be manually released.",
    )
    frequency: Optional[Annotated[Literal["Y", "M", "W", "D", "H"], ENUM]] = Field(
        default=None,
        description="How often to repeat this schedule: Y (yearly), M (monthly), W (weekly), D (daily), H (hourly)",
    )
    indices: Optional[list[int]] = Field(
        default=None,
        description="When to run within each occurrence of frequency. Ignored if frequency is set to H.",
    )
    interval: Annotated[Optional[int], Limits(ge=1)] = Field(
        default=None, description="One out of how many frequency occurrences to run."
    )
    machine_id: Optional[int] = Field(
        default=None, description="ID of the machine this schedule applies to."
    )
    months: Annotated[Optional[int], Limits(ge=0, le=4095)] = Field(
        default=None,
        description="Months in which to run this schedule (bitfield, bit 0 = January; 4095 = every month).",
    )
    name: Optional[str] = Field(default=None, description="User-supplied name of this schedule.")
    reason: Optional[str] = Field(
        default=None, description="Reason to apply to holds created from this schedule."
    )
    time_of_day: Optional[str] = Field(
        default=None, description='What time of day to schedule for ("HH:MM:SS").'
    )
    weekdays: Annotated[Optional[int], Limits(ge=0, le=127)] = Field(
        default=None,
        description="Days of the week on which to run this schedule (bitfield, bit 0 = Monday; 127 = every day).",
    )
    __nullable__: ClassVar[frozenset[str]] = frozenset({"duration"})
