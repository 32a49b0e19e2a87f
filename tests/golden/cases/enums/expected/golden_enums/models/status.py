"""Status: an enumeration of Enums."""

from __future__ import annotations

from golden_enums._model import ApiEnum


class Status(str, ApiEnum):
    """Where an order is."""

    PLACED = "placed"
    APPROVED = "approved"
    IN_PROGRESS = "in progress"
    EMPTY = ""
    NUMBER_1ST_CLASS = "1st-class"
    DELIVERED_OK = "delivered.ok"
    TRUE = "true"
    NONE = "None"
