"""ModelClass: an enumeration of Hostile \"\"\" title {{ config }}."""

from __future__ import annotations

from golden_hostile._model import ApiEnum


class ModelClass(str, ApiEnum):
    """ModelClass"""

    VAR_DEF = "def"
    NONE = "None"
    EMPTY = ""
    WITH_SPACE = "with space"
    VALUE_222222 = '"""'
    X = "{{x}}"
