"""ModelClass: an enumeration of Hostile \"\"\" title {{ config }}."""

from __future__ import annotations

from golden_hostile._model import ApiEnum


class ModelClass(str, ApiEnum):
    """ModelClass"""

    DEF = "def"
    NONE = "None"
    EMPTY = ""
    WITH_SPACE = "with space"
    DOUBLE_QUOTE_DOUBLE_QUOTE_DOUBLE_QUOTE = '"""'
    LEFT_CURLY_BRACKET_LEFT_CURLY_BRACKET_X_RIGHT_CURLY_BRACKET_RIGHT_CURLY_BRACKET = "{{x}}"
