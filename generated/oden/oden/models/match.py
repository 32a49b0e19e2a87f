"""Match: an enumeration of Oden API."""

from __future__ import annotations

from oden._model import ApiEnum


class Match(str, ApiEnum):
    """Describes which item(s) to match when searching for an entity:
    - `unique` (default): will return an error if the search object matches multiple entities
    - `all`: will return every item that matches search entity
    - `last`: will return the most recent object, where applicable
    - `first`: will return the least recent object, where applicable"""

    FIRST = "first"
    LAST = "last"
    UNIQUE = "unique"
    ALL = "all"
