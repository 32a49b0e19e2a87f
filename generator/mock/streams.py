"""Streaming answers from the mock: server-sent events and JSON lines, sent one at a time.

An operation whose answer is a stream (`text/event-stream`, NDJSON / JSON Lines, json-seq) gets
its items one by one, each written and flushed before the next is made, from the media type's
`itemSchema` (OpenAPI 3.2), its schema (JSON lines), or plain text events. How many and how fast
is the client's choice, within bounds: `Prefer: items=1000, interval=5` (milliseconds between
items); by default 3 items, at once.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from generator.ir.streams import EVENT_STREAM, is_stream_media_type

DEFAULT_ITEMS = 3
MAX_ITEMS = 100_000
MAX_INTERVAL_MS = 1_000

__all__ = ["is_stream_media_type", "stream_body"]


def _bounded(prefer: Mapping[str, str], key: str, default: int, most: int) -> int:
    text = prefer.get(key, "")
    return min(int(text), most) if text.isascii() and text.isdigit() else default


def stream_body(media_type: str, media: Mapping[str, Any], prefer: Mapping[str, str],
                synthesize: Callable[[Any], Any]) -> Iterator[bytes]:
    """The items of one streaming answer, as the bytes to send, made as they are sent."""
    count = _bounded(prefer, "items", DEFAULT_ITEMS, MAX_ITEMS)
    pause = _bounded(prefer, "interval", 0, MAX_INTERVAL_MS) / 1000
    base = media_type.split(";")[0].strip().lower()
    schema = media.get("itemSchema")
    if not isinstance(schema, Mapping) and base != EVENT_STREAM:
        schema = media.get("schema")
    value = synthesize(schema) if isinstance(schema, Mapping) and schema else None
    for index in range(count):
        if index and pause:
            time.sleep(pause)
        if base == EVENT_STREAM:
            data = f"event {index}" if value is None else json.dumps(value)
            lines = "".join(f"data: {line}\n" for line in data.split("\n"))
            yield f"id: {index}\n{lines}\n".encode()
        else:
            text = json.dumps(value, separators=(",", ":")) + "\n"
            yield (("\x1e" + text) if base == "application/json-seq" else text).encode()
