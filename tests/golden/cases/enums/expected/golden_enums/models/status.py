"""Status: an enumeration of Enums."""

from __future__ import annotations

from golden_enums._model import ApiEnum


class Status(str, ApiEnum):
    """Where an order is."""

    PLACED = "placed"
    APPROVED = "approved"
    IN_PROGRESS = "in progress"
    EMPTY = ""
    ENUM_1ST_MINUS_CLASS = "1st-class"
    DELIVERED_DOT_OK = "delivered.ok"
    TRUE = "true"
    NONE = "None"
