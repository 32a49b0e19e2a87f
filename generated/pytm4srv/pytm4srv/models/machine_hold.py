"""MachineHold: a model of pytm4srv machine holds API."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Optional

from pydantic import Field

from pytm4srv._model import ApiNullableModel


class MachineHold(ApiNullableModel):
    """A hold on a machine, entered manually or created by a MachineHoldSchedule."""

    end: Optional[datetime] = Field(
        default=None,
        description="Date and time when this hold should end.\n\nNULL means this hold is indefinite and must be manually released.",
    )
    id: Optional[int] = Field(default=None, description="Unique, numeric ID for this hold.")
    machine_id: int = Field(description="ID of the machine this hold applies to.")
    notes: str = Field(
        description="User-supplied notes for this hold.\n\nUsually added or modified after creation.",
    )
    reason: str = Field(description="User-supplied reason for this hold.")
    schedule_id: Optional[int] = Field(
        default=None,
        description="ID of the schedule that created this hold.\n\nWill be NULL for holds that were created manually.",
    )
    start: datetime = Field(
        description="Date and time when this hold should start.\n\nDefaults to the time of creation.",
    )
    user_id: Optional[int] = Field(
        default=None,
        description="ID of the user who created this machine hold.\n\nMay be NULL for holds imported from before the user was stored, holds created by users who have been deleted, or holds created automatically from a schedule.",
    )
    __read_only__: ClassVar[frozenset[str]] = frozenset({"id"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"end", "schedule_id", "user_id"})
