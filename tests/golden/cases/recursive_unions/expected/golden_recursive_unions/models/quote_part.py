"""QuotePart: a model of Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from golden_recursive_unions._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursive_unions.models.message import Message


class QuotePart(ApiModel):
    """QuotePart"""

    type: str
    quoted: Message


resolve_references(
    QuotePart,
    {
        "Message": "golden_recursive_unions.models.message",
    },
)
