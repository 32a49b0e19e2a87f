"""Streaming answers: which operations get a `<method>_stream`, and the type of one item.

A 2xx response whose media type is a stream of items (server-sent events, JSON Lines / NDJSON,
RFC 7464 JSON text sequences) is read item by item as it arrives. The item's type is the media
type's `itemSchema` (OpenAPI 3.2); for JSON sequences without one, the media type's `schema`
describes one line, as frameworks write it; server-sent events without one come as events.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.ir.nodes import Stream
from generator.ir.typetree import TypeNode
from generator.read.load import escape_token

EVENT_STREAM = "text/event-stream"
JSON_SEQUENCES = frozenset({"application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonl",
                            "application/jsonlines", "application/x-jsonlines", "application/json-seq"})


def is_stream_media_type(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == EVENT_STREAM or base in JSON_SEQUENCES


def stream_of(responses: dict[str, Any], at: str, deref: Callable[[Any, str], tuple[Any, str]],
              type_of: Callable[[dict[str, Any], str, str], TypeNode], hint: str) -> Stream | None:
    """The stream of the first 2xx response that has a streaming media type, if any."""
    for status, raw in responses.items():
        if not str(status).startswith("2"):
            continue
        response, response_at = deref(raw, f"{at}/responses/{escape_token(str(status))}")
        content = response.get("content") if isinstance(response, dict) else None
        for media_type, media in (content or {}).items() if isinstance(content, dict) else ():
            if not is_stream_media_type(str(media_type)) or not isinstance(media, dict):
                continue
            media_at = f"{response_at}/content/{escape_token(str(media_type))}"
            base = str(media_type).split(";")[0].strip().lower()
            item = media.get("itemSchema")
            where = "/itemSchema"
            if not isinstance(item, dict) and base != EVENT_STREAM:
                item, where = media.get("schema"), "/schema"
            node = type_of(item, hint + "Item", media_at + where) if isinstance(item, dict) and item else None
            return Stream(base, node)
    return None
