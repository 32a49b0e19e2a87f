"""Named: a model of Form bodies."""

from __future__ import annotations

from golden_form_bodies._model import ApiModel


class Named(ApiModel):
    """Named"""

    name: str
