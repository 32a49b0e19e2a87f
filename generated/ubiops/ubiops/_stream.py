"""Streaming responses read as they arrive: server-sent events and JSON sequences.

The decoders take the body in whatever pieces the network gives and return each item as soon as
its last byte is in, so the first event reaches the caller when it is sent, not when the stream
ends. `max_event_size` bounds one item (an event, a JSON text), not the stream: a stream may run
for hours, but no single item can take more memory than the limit.

Server-sent events follow the WHATWG HTML standard, "Interpreting an event stream": UTF-8 with
one leading BOM dropped, lines ended by CRLF, LF or CR, `:` comments, `data` lines joined with
LF, `event`, `id` (kept for later events, ignored when it holds NUL) and `retry` (digits only);
a blank line dispatches, an event with no data is not dispatched, and an event the stream ends
before its blank line is discarded, as the standard says.

JSON Lines / NDJSON put one JSON text per line (blank lines skipped); `application/json-seq`
(RFC 7464) starts each text with RS (0x1E). One decoder reads both.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Optional, TypeVar, Union

from ._model import READING
from ._operation import Operation
from ._types import describe, python_type
from .exceptions import ApiDecodeError, ApiResponseTooLarge

T = TypeVar("T")

EVENT_STREAM = "text/event-stream"
_SSE_LINE_END = re.compile(r"\r\n|\r|\n")
_JSON_SEPARATOR = re.compile("[\n\x1e]")  # LF ends a JSON line; RS starts a json-seq text


class EventTooLarge(ValueError):
    """One streamed item is larger than the limit (`limit`, in bytes)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"one streamed item is larger than max_response_size ({limit} bytes)")
        self.limit = limit


@dataclass(frozen=True)
class ServerSentEvent:
    """One event of a `text/event-stream` response."""

    data: str = ""
    event: str = "message"
    id: str = ""
    retry: Optional[int] = None

    def json(self) -> Any:
        """The data parsed as JSON."""
        return json.loads(self.data)


class _Lines:
    """Text lines from bytes fed in pieces, UTF-8 with errors replaced, split at `separator`.

    A CR that ends one piece may be the first half of a CRLF: the LF that starts the next piece
    then belongs to it and ends no second line.
    """

    def __init__(self, limit: Optional[int], separator: re.Pattern[str]) -> None:
        self._decode = codecs.getincrementaldecoder("utf-8")(errors="replace").decode
        self._pending = ""
        self._after_cr = False
        self._first = True
        self._limit = limit
        self._separator = separator

    def feed(self, chunk: bytes, final: bool = False) -> list[str]:
        text = self._decode(chunk, final)
        if self._first and text:
            self._first = False
            text = text.removeprefix("\ufeff")
        if self._after_cr and text:
            text = text.removeprefix("\n")
            self._after_cr = False
        if not text:
            return []
        parts = self._separator.split(text)  # only the new text is scanned: linear in the stream
        parts[0] = self._pending + parts[0]
        *lines, self._pending = parts
        self._after_cr = text.endswith("\r")
        if self._limit is not None and len(self._pending) > self._limit:
            raise EventTooLarge(self._limit)
        return lines

    def rest(self) -> str:
        """What followed the last line end (the stream ended before it)."""
        return self._pending


class SSEDecoder:
    """Server-sent events from bytes fed in pieces (`feed`), per the WHATWG rules."""

    def __init__(self, max_event_size: Optional[int] = None) -> None:
        self._lines = _Lines(max_event_size, _SSE_LINE_END)
        self._limit = max_event_size
        self._data: list[str] = []
        self._size = 0
        self._event = ""
        self._last_id = ""
        self._retry: Optional[int] = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        return [
            event for line in self._lines.feed(chunk) if (event := self._line(line)) is not None
        ]

    def finish(self) -> list[ServerSentEvent]:
        """The end of the stream: an event without its blank line is discarded."""
        self._lines.feed(b"", final=True)
        return []

    def _line(self, line: str) -> Optional[ServerSentEvent]:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
            self._size += len(value.encode()) + 1
            if self._limit is not None and self._size > self._limit:
                raise EventTooLarge(self._limit)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> Optional[ServerSentEvent]:
        data, event, retry = self._data, self._event, self._retry
        self._data, self._size, self._event, self._retry = [], 0, "", None
        if not data:
            return None
        return ServerSentEvent("\n".join(data), event or "message", self._last_id, retry)


class JSONSequenceDecoder:
    """JSON texts, one per line (JSON Lines, NDJSON) or each after RS (RFC 7464 json-seq)."""

    def __init__(self, max_event_size: Optional[int] = None) -> None:
        self._lines = _Lines(max_event_size, _JSON_SEPARATOR)

    def feed(self, chunk: bytes) -> list[Any]:
        return [json.loads(text) for text in self._lines.feed(chunk) if text.strip()]

    def finish(self) -> list[Any]:
        self._lines.feed(b"", final=True)
        rest = self._lines.rest()
        return [json.loads(rest)] if rest.strip() else []


Decoder = Union[SSEDecoder, JSONSequenceDecoder]


class Stream(Generic[T]):
    """The items of a streaming response, read as they arrive.

    Iterate it, best in a `with` block: the connection is closed when the items end, when the
    block is left (early too: `break`, an exception), when `close()` is called, or when the
    stream is dropped (`for item in api.op_stream(): ... break`). An item equal to `sentinel`
    (an event's data, such as `[DONE]`) ends the stream.
    """

    def __init__(
        self,
        chunks: Iterator[bytes],
        decoder: Decoder,
        convert: Callable[[Any], T],
        close: Callable[[], None],
        sentinel: Optional[str] = None,
        status: int = 200,
        headers: Optional[Any] = None,
    ) -> None:
        self.status = status  # the response's status code and headers, known before the items
        self.headers = headers
        self._close = close
        self._closed = False
        # The generator holds no reference to the stream: a stream dropped in the middle of a
        # loop is freed (and its connection closed) at once, not at the next garbage collection.
        self._items = _read(chunks, decoder, convert, sentinel, close, status, headers)

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        return next(self._items)

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._close()

    def __del__(self) -> None:
        self.close()


def _read(
    chunks: Iterator[bytes],
    decoder: Decoder,
    convert: Callable[[Any], T],
    sentinel: Optional[str],
    close: Callable[[], None],
    status: int,
    headers: Any,
) -> Iterator[T]:
    try:
        for chunk in chunks:
            for item in decoder.feed(chunk):
                if sentinel is not None and _is_sentinel(item, sentinel):
                    return
                yield convert(item)
        for item in decoder.finish():
            if sentinel is not None and _is_sentinel(item, sentinel):
                return
            yield convert(item)
    except EventTooLarge as exc:
        raise ApiResponseTooLarge.over(exc.limit, status, headers) from None
    finally:
        close()


class AsyncStream(Generic[T]):
    """As `Stream`, for the asyncio client: `async for`, `async with`, `await aclose()`."""

    def __init__(
        self,
        chunks: AsyncIterator[bytes],
        decoder: Decoder,
        convert: Callable[[Any], T],
        close: Callable[[], Any],
        sentinel: Optional[str] = None,
        status: int = 200,
        headers: Optional[Any] = None,
    ) -> None:
        self.status = status
        self.headers = headers
        self._chunks = chunks
        self._decoder = decoder
        self._convert = convert
        self._sentinel = sentinel
        self._ready: list[Any] = []
        self._ended = False
        self._close = close
        self._closed = False

    def __aiter__(self) -> AsyncStream[T]:
        return self

    async def __anext__(self) -> T:
        try:
            while not self._ready:
                if self._ended:
                    raise StopAsyncIteration
                try:
                    chunk = await self._chunks.__anext__()
                    self._ready.extend(self._decoder.feed(chunk))
                except StopAsyncIteration:
                    self._ended = True
                    self._ready.extend(self._decoder.finish())
            item = self._ready.pop(0)
            if self._sentinel is not None and _is_sentinel(item, self._sentinel):
                self._ready.clear()
                self._ended = True
                raise StopAsyncIteration
            return self._convert(item)
        except EventTooLarge as exc:
            await self.aclose()
            raise ApiResponseTooLarge.over(exc.limit, self.status, self.headers) from None
        except BaseException:
            await self.aclose()
            raise

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            outcome = self._close()
            if hasattr(outcome, "__await__"):
                await outcome


def _is_sentinel(item: Any, sentinel: str) -> bool:
    if isinstance(item, ServerSentEvent):
        return item.data == sentinel
    return isinstance(item, str) and item == sentinel


def response_chunks(response: Any, size: int = 64 * 1024) -> Iterator[bytes]:
    """A urllib3 response's body in the pieces that arrive (`read1`), decoded as sent."""
    while True:
        chunk = response.read1(size)
        if not chunk:
            return
        yield chunk


def stream_options(operation: Operation[Any], options: Mapping[str, Any]) -> dict[str, Any]:
    """The call's options, asking for the stream's media type unless the caller chose one."""
    headers = dict(options.get("_headers") or {})
    if operation.stream and not any(name.lower() == "accept" for name in headers):
        headers["Accept"] = operation.stream[0]
    return {**options, "_headers": headers}


def stream_parts(
    operation: Operation[Any], limit: Optional[int], status: int, headers: Any
) -> tuple[Decoder, Callable[[Any], Any], Optional[str]]:
    """The decoder of the operation's stream (each item bounded by `limit`), what makes each
    item the type the spec gives it, and the item that ends the stream (or None).

    An event's data, or a JSON text, is validated into the item type; without one, events stay
    `ServerSentEvent`s and JSON stays plain data. An item of the wrong shape raises
    ApiDecodeError when it is reached.
    """
    media_type, spec, sentinel = operation.stream or (EVENT_STREAM, None, None)
    decoder: Decoder = (
        SSEDecoder(limit) if media_type == EVENT_STREAM else JSONSequenceDecoder(limit)
    )
    if spec is None:
        return decoder, _unchanged, sentinel
    from pydantic import TypeAdapter

    adapter = TypeAdapter(python_type(spec))
    context = {READING: True}

    def convert(item: Any) -> Any:
        try:
            if isinstance(item, ServerSentEvent):
                return adapter.validate_json(item.data, context=context)
            return adapter.validate_python(item, context=context)
        except ValueError as exc:
            error = ApiDecodeError(status=status, headers=headers)
            error.reason = (
                f"a streamed item is not a valid {describe(spec)}: {str(exc).splitlines()[0]}"
            )
            raise error from exc

    return decoder, convert, sentinel


def _unchanged(item: Any) -> Any:
    return item
