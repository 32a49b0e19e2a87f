"""Message: a model of Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from golden_recursive_unions._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursive_unions.models.message_content import MessageContent


class Message(ApiModel):
    """Message"""

    role: str
    content: MessageContent


resolve_references(
    Message,
    {
        "MessageContent": "golden_recursive_unions.models.message_content",
    },
)
