"""TokenLogin: a model of Form bodies."""

from __future__ import annotations

from typing import Optional

from golden_form_bodies._model import ApiModel


class TokenLogin(ApiModel):
    """TokenLogin"""

    token: str
    scope: Optional[str] = None
