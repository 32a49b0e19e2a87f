"""MachineHoldPatch: a model of pytm4srv machine holds API."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Optional

from pydantic import Field

from pytm4srv._model import ApiNullableModel


class MachineHoldPatch(ApiNullableModel):
    """A partial MachineHold, for editing an existing hold. Every field is optional; only the fields given are changed. `id`, `schedule_id` and `user_id` are set by the server."""

    end: Optional[datetime] = Field(
        default=None,
        description="Date and time when this hold should end.\n\nNULL means this hold is indefinite and must be manually released.",
    )
    machine_id: Optional[int] = Field(
        default=None, description="ID of the machine this hold applies to."
    )
    notes: Optional[str] = Field(default=None, description="User-supplied notes for this hold.")
    reason: Optional[str] = Field(default=None, description="User-supplied reason for this hold.")
    start: Optional[datetime] = Field(
        default=None, description="Date and time when this hold should start."
    )
    __nullable__: ClassVar[frozenset[str]] = frozenset({"end"})
