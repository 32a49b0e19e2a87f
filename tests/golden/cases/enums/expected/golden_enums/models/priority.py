"""Priority: an enumeration of Enums."""

from __future__ import annotations

from golden_enums._model import ApiEnum


class Priority(int, ApiEnum):
    """Priority"""

    NUMBER_1 = 1
    NUMBER_2 = 2
    NUMBER_3 = 3
    NUMBER_MINUS_1 = -1
