"""MachineHoldSchedule: a model of pytm4srv machine holds API."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, Optional

from pydantic import Field

from pytm4srv._model import ENUM, ApiNullableModel, Limits


class MachineHoldSchedule(ApiNullableModel):
    """A schedule that automatically creates holds on a machine."""

    duration: Optional[int] = Field(
        default=None,
        description="How long to hold the machine each time this schedule fires (in minutes).\n\nNULL means the hold will be indefinite and must be manually released.",
    )
    frequency: Annotated[Literal["Y", "M", "W", "D", "H"], ENUM] = Field(
        description="How often to repeat this schedule.\n\nValid options are: Y (yearly), M (monthly), W (weekly), D (daily), H (hourly)",
    )
    id: Optional[int] = Field(
        default=None, description="Unique, numeric ID for this hold schedule."
    )
    indices: list[int] = Field(
        description="When to run within each occurrence of frequency.\n\nFor example: frequency=M and indices=[1, 14] will run the 1st and 14th of every month, but frequency=M and indices=[-2] will run on the second to last day of every month.\n\nIgnored if frequency is set to H.",
    )
    interval: Annotated[int, Limits(ge=1)] = Field(
        description="One out of how many frequency occurrences to run.\n\nFor example: frequency=D and interval=1 will run every day, but frequency=W and interval=3 will run every 3 weeks.",
    )
    machine_id: int = Field(description="ID of the machine this schedule applies to.")
    months: Annotated[int, Limits(ge=0, le=4095)] = Field(
        description="Months in which to run this schedule.\n\nThis is a bitfield (of length 16), so multiple months can be selected by combining their values with bitwise OR. Values: 0 = (None), 1 = January, 2 = February, 4 = March, 8 = April, 16 = May, 32 = June, 64 = July, 128 = August, 256 = September, 512 = October, 1024 = November, 2048 = December (bit 0 = January).\n\nFor example, to run only at the start of each quarter (January, April, July, and October), the value of this field would be 585 (1 + 8 + 64 + 512, or 0000 0010 0100 1001), or to run regardless of the current month, this field would be 4095 (0000 1111 1111 1111).\n\nSetting this value to zero will deselect all months and prevent this schedule from ever running.",
    )
    name: str = Field(description="User-supplied name of this schedule.")
    reason: str = Field(description="Reason to apply to holds created from this schedule.")
    time_of_day: str = Field(description='What time of day to schedule for ("HH:MM:SS").')
    weekdays: Annotated[int, Limits(ge=0, le=127)] = Field(
        description="Days of the week on which to run this schedule.\n\nThis is a bitfield (of length 16), so multiple days can be selected by combining their values with bitwise OR. Values: 0 = (None), 1 = Monday, 2 = Tuesday, 4 = Wednesday, 8 = Thursday, 16 = Friday, 32 = Saturday, 64 = Sunday (bit 0 = Monday).\n\nFor example, to run Monday through Thursday, the value of this field would be 15 (0000 1111), and to run regardless of the current day of the week, this field would be 127 (0111 1111).\n\nSetting this value to zero will deselect all days and prevent this schedule from ever running.",
    )
    __read_only__: ClassVar[frozenset[str]] = frozenset({"id"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"duration"})
