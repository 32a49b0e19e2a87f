"""Values to the wire and back: JSON-ready data, parameter text, and typed response bodies."""

from __future__ import annotations

import contextlib
import datetime
import decimal
import enum
import json
import re
import uuid
import zlib
from collections.abc import Mapping
from typing import Any, Optional

from pydantic import BaseModel

from ._model import READING
from ._operation import Operation
from ._types import Nullable, TypeSpec, UnionOf, python_type
from .exceptions import ApiResponseTooLarge


def to_jsonable(value: Any) -> Any:
    """Plain JSON data for a request body: models by their wire names, dates as ISO 8601."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, BaseModel):
        to_wire = getattr(value, "to_wire", None)
        if to_wire is not None:
            return to_wire()
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (decimal.Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return value.decode("utf-8")
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")


def to_text(value: Any) -> str:
    """One parameter value as text: booleans as `true`/`false`, dates as ISO 8601."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return to_text(value.value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return json.dumps(to_jsonable(value))
    return str(value)


# Responses are read as sent: constraints (Limits) apply only to what the client builds.
_READING = {READING: True}


def body_type_key(returns: Mapping[str, TypeSpec], status: int) -> Optional[str]:
    """Which entry of `returns` a status decodes by: exact code, then `2XX`-style, then `default`."""
    code = str(status)
    for key in (code, f"{code[0]}XX", "default"):
        if key in returns:
            return key
    return None


def decode(operation: Operation[Any], key: Optional[str], content_type: str, data: bytes) -> Any:
    """The body as the type the operation declares under `key`. Raises ValueError when it does not match.

    As OpenAPI Generator reads bodies: JSON when the Content-Type says JSON; the text itself
    (as the declared type: an enum, a number) for other types; with no Content-Type, JSON if it
    parses and else the text. Two rules of our own, by the declared schema: a binary body is
    `bytes` as it came, and a string is the body's text as sent (by its charset), whatever the
    Content-Type says, unless the body is a JSON string under JSON (then its value). A string
    never fails to decode and is never Python's `str()` of parsed JSON.
    """
    if key is None:
        return None
    spec = operation.returns[key]
    if spec in (bytes, bytearray) or (isinstance(spec, UnionOf) and bytes in spec.members):
        return bytes(data)
    if not data:
        return None
    declared_json = "json" in content_type.lower()
    if _is_string(spec):
        if declared_json or not content_type:
            with contextlib.suppress(ValueError):
                value = json.loads(data)
                if isinstance(value, str):
                    return value
        return _text(data, content_type)
    adapter = operation.decoders.get(key)
    if adapter is None:
        from pydantic import TypeAdapter

        adapter = operation.decoders[key] = TypeAdapter(python_type(spec))
    error: Optional[Exception] = None
    if declared_json or not content_type:
        try:
            return adapter.validate_json(data, context=_READING)
        except (ValueError, TypeError) as exc:
            error = exc
    if not declared_json:
        try:
            return adapter.validate_python(_text(data, content_type), context=_READING)
        except (ValueError, TypeError) as exc:
            error = error or exc
        if content_type:  # JSON under another media type is still read
            with contextlib.suppress(ValueError, TypeError):
                return adapter.validate_json(data, context=_READING)
    message = str(error).splitlines()[0] if error and str(error) else type(error).__name__
    raise ValueError(message) from error


def _is_string(spec: Any) -> bool:
    """A plain string schema (nullable or not): no enum, no format the client parses."""
    return spec is str or (isinstance(spec, Nullable) and spec.inner is str)


_CHARSET = re.compile(r";\s*charset\s*=\s*\"?([\w.:-]+)", re.IGNORECASE)


def _text(data: bytes, content_type: str) -> str:
    """The body as text, by the charset its Content-Type names (UTF-8 when none or unknown)."""
    match = _CHARSET.search(content_type)
    try:
        return data.decode(match.group(1) if match else "utf-8", "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


# Content codings inflated by BodyReader itself (zlib window bits); `deflate` falls back to a raw
# deflate stream, as urllib3 and httpx do, when the zlib header is missing.
_INFLATE = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
_NO_BODY_STATUSES = frozenset({204, 304})
_STEP = 64 * 1024


class BodyReader:
    """A response body collected as it arrives, never more than `limit` bytes (None: no limit).

    gzip and deflate are inflated here, each step at most to the limit (zlib's max_length), so
    a compression bomb stops at the limit instead of inflating a network read into gigabytes;
    feed those raw (`decodes` is True). Other codings are decoded by the transport: feed those
    decoded. A Content-Length over the limit is refused before anything is read.
    """

    __slots__ = (
        "_coding",
        "_head",
        "_inflater",
        "_parts",
        "_tail",
        "decodes",
        "headers",
        "limit",
        "size",
        "status",
    )

    def __init__(
        self, method: str, status: int, headers: Mapping[str, str], limit: Optional[int]
    ) -> None:
        self.status, self.headers, self.limit = status, headers, limit
        self.size = 0
        self._parts: list[bytes] = []
        self._coding = (headers.get("content-encoding") or "").strip().lower()
        self.decodes = self._coding in _INFLATE or self._coding in ("", "identity")
        self._inflater: Any = None
        if self._coding in _INFLATE:
            self._inflater = zlib.decompressobj(_INFLATE[self._coding])
        self._head = b""  # deflate input kept until output shows the zlib header was there
        self._tail: Optional[bytes] = b""  # what follows a gzip member; None: ignored
        has_body = method.upper() != "HEAD" and status >= 200 and status not in _NO_BODY_STATUSES
        declared = _length(headers.get("content-length"))
        # Compressed bodies are counted once inflated: their size on the wire says too little.
        if has_body and limit is not None and not self._inflater and (declared or 0) > limit:
            raise ApiResponseTooLarge.over(limit, status, headers)

    def feed(self, data: bytes) -> None:
        """Add the next bytes of the body; raises ApiResponseTooLarge once over the limit."""
        if self._inflater is None:
            self._keep(data)
            return
        while data:
            if self._inflater.eof:
                data = self._next_member(data)
                continue
            # Small steps: zlib would build a step's output twice over before handing it back.
            room = _STEP if self.limit is None else min(_STEP, self.limit - self.size + 1)
            try:
                out = self._inflater.decompress(data, room)
            except zlib.error as exc:
                data = self._raw_deflate(data, exc)
                continue
            self._head = self._head + data if self._coding == "deflate" and not out else b""
            self._keep(out)
            data = self._inflater.unconsumed_tail or self._inflater.unused_data

    def finish(self) -> bytes:
        """The whole body, decoded."""
        if self._inflater is not None:
            self._keep(self._inflater.flush())
        return b"".join(self._parts)

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.limit is not None and self.size > self.limit:
            self._parts.clear()
            raise ApiResponseTooLarge.over(self.limit, self.status, self.headers)
        if data:
            self._parts.append(data)

    def _next_member(self, data: bytes) -> bytes:
        """After a gzip member, another may follow (concatenated gzip): what to inflate next.

        Anything else after the end of the stream is ignored, as urllib3 and httpx do.
        """
        if self._tail is None:
            return b""
        self._tail += data
        if len(self._tail) < 2:
            return b""
        if not self._coding.endswith("gzip") or self._tail[:2] != b"\x1f\x8b":
            self._tail = None
            return b""
        data, self._tail = self._tail, b""
        self._inflater = zlib.decompressobj(_INFLATE[self._coding])
        return data

    def _raw_deflate(self, data: bytes, exc: zlib.error) -> bytes:
        """Start over as a raw deflate stream, or fail: the body is not what it says it is."""
        if self._coding != "deflate" or self.size or len(self._head) > 1024:
            raise ValueError(f"the body is not valid {self._coding}: {exc}") from exc
        self._coding = "raw deflate"
        self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._head + data


def _length(value: Optional[str]) -> Optional[int]:
    try:
        return int(value) if value else None
    except ValueError:
        return None
