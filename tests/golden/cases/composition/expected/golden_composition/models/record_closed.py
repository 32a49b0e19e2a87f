"""RecordClosed: a model of Composition."""

from __future__ import annotations

from typing import Optional

from golden_composition._model import ApiModel


class RecordClosed(ApiModel):
    """RecordClosed"""

    a: Optional[str] = None
