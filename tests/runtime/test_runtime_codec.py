"""generator/runtime/_codec.py: response bodies read within a size limit, and values to the wire."""

from __future__ import annotations

import datetime
import decimal
import enum
import json
import tracemalloc
import uuid
import zlib
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.runtime._codec import BodyReader, body_type_key, decode, to_jsonable, to_text
from generator.runtime._deserialize import deserialize
from generator.runtime._operation import Operation
from generator.runtime._types import DictOf, LiteralOf, Nullable, UnionOf
from generator.runtime.exceptions import ApiException, ApiResponseTooLarge

MIB = 1024 * 1024


def compress(data: bytes, wbits: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return compressor.compress(data) + compressor.flush()


def gzip(data: bytes) -> bytes:
    return compress(data, 16 + zlib.MAX_WBITS)


def pieces(data: bytes, size: int) -> Iterator[bytes]:
    return (data[i:i + size] for i in range(0, len(data), size))


def read(data: bytes, encoding: str = "", limit: int | None = MIB, piece: int = 1000, **headers: str) -> bytes:
    reader = BodyReader("GET", 200, {"content-encoding": encoding, **headers}, limit)
    assert reader.decodes
    for chunk in pieces(data, piece):
        reader.feed(chunk)
    return reader.finish()


BODY = b"".join(b"line %d of the body\n" % i for i in range(5000))  # ~100 KB


@pytest.mark.parametrize(("encoding", "wire"), [
    ("", BODY),
    ("identity", BODY),
    ("gzip", gzip(BODY)),
    ("x-gzip", gzip(BODY)),
    ("GZIP ", gzip(BODY)),
    ("gzip", gzip(BODY[:10]) + gzip(BODY[10:])),  # two members
    ("gzip", gzip(BODY) + b"trailing garbage"),
    ("deflate", compress(BODY, zlib.MAX_WBITS)),
    ("deflate", compress(BODY, -zlib.MAX_WBITS)),  # no zlib header, as some servers send it
], ids=["none", "identity", "gzip", "x-gzip", "case", "members", "trailing", "deflate", "raw deflate"])
@pytest.mark.parametrize("piece", [1, 7, 65536])
def test_bodies_are_decoded(encoding: str, wire: bytes, piece: int) -> None:
    assert read(wire, encoding, piece=piece) == BODY


@pytest.mark.parametrize("encoding", ["", "gzip", "deflate"])
def test_exactly_the_limit_is_read_one_byte_more_is_refused(encoding: str) -> None:
    wire = {"": BODY, "gzip": gzip(BODY), "deflate": compress(BODY, zlib.MAX_WBITS)}[encoding]
    assert read(wire, encoding, limit=len(BODY)) == BODY
    with pytest.raises(ApiResponseTooLarge) as caught:
        read(wire, encoding, limit=len(BODY) - 1)
    error = caught.value
    assert isinstance(error, ApiException)
    assert (error.status, error.limit) == (200, len(BODY) - 1)
    assert error.reason == f"response body larger than max_response_size ({len(BODY) - 1} bytes): not read"


def test_no_limit() -> None:
    assert read(gzip(bytes(3 * MIB)), "gzip", limit=None) == bytes(3 * MIB)


def test_a_gzip_bomb_is_never_inflated_past_the_limit() -> None:
    bomb = gzip(bytes(64 * MIB))  # 64 KiB on the wire
    tracemalloc.start()
    try:
        with pytest.raises(ApiResponseTooLarge):
            read(bomb, "gzip", limit=MIB, piece=len(bomb))  # all of it in one network read
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * MIB, f"{peak / MIB:.1f} MiB held for a 1 MiB limit"


@pytest.mark.parametrize(("status", "method", "refused"), [
    (200, "GET", True), (500, "GET", True), (200, "HEAD", False), (204, "GET", False), (304, "GET", False),
    (101, "GET", False),
])
def test_a_declared_length_over_the_limit_is_refused_before_reading(status: int, method: str,
                                                                     refused: bool) -> None:
    headers = {"content-length": str(2 * MIB)}
    if refused:
        with pytest.raises(ApiResponseTooLarge) as caught:
            BodyReader(method, status, headers, MIB)
        assert caught.value.status == status and caught.value.headers == headers
    else:
        BodyReader(method, status, headers, MIB)  # no body follows, whatever the length says


@pytest.mark.parametrize("length", ["", "abc", "-5", str(MIB)])
def test_a_declared_length_within_the_limit_or_unreadable_is_left_to_the_count(length: str) -> None:
    BodyReader("GET", 200, {"content-length": length}, MIB)


def test_a_compressed_body_is_judged_by_its_inflated_size() -> None:
    # More on the wire than the limit, less inflated: incompressible data grows a little in gzip.
    data = bytes(range(256)) * 4
    wire = gzip(bytes(zlib.crc32(data[:i]) % 256 for i in range(1000)))
    assert len(wire) > 1000
    assert len(read(wire, "gzip", limit=1000, **{"content-length": str(len(wire))})) == 1000


@pytest.mark.parametrize("encoding", ["br", "zstd", "gzip, br", "compress"])
def test_other_codings_are_the_transports_to_decode(encoding: str) -> None:
    reader = BodyReader("GET", 200, {"content-encoding": encoding}, 10)
    assert not reader.decodes
    reader.feed(b"decoded..")  # the transport feeds what it decoded; the limit still holds
    with pytest.raises(ApiResponseTooLarge):
        reader.feed(b"..")


@pytest.mark.parametrize(("encoding", "wire"), [
    ("gzip", b"not gzip at all"), ("deflate", b"\xff" * 2000), ("gzip", gzip(BODY)[:10] + b"\x00" * 50),
])
def test_a_body_that_is_not_what_its_encoding_says(encoding: str, wire: bytes) -> None:
    with pytest.raises(ValueError, match=f"not valid {encoding}|not valid raw deflate"):
        read(wire, encoding)


# --------------------------------------------------------------------------- values to the wire


class Color(enum.Enum):
    RED = "red"


def test_to_jsonable() -> None:
    when = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    value = {"a": [Color.RED, when, datetime.date(2024, 1, 2), decimal.Decimal("1.5"), (1, 2)],
             1: uuid.UUID(int=1), "b": b"bytes", "n": None}
    assert to_jsonable(value) == {"a": ["red", "2024-01-02T03:04:05+00:00", "2024-01-02", "1.5", [1, 2]],
                                  "1": "00000000-0000-0000-0000-000000000001", "b": "bytes", "n": None}
    with pytest.raises(TypeError, match="object"):
        to_jsonable(object())


@pytest.mark.parametrize(("value", "text"), [(True, "true"), (False, "false"), (Color.RED, "red"), (3, "3"),
                                             (datetime.date(2024, 1, 2), "2024-01-02"), ("s", "s")])
def test_to_text(value: object, text: str) -> None:
    assert to_text(value) == text


def test_body_type_key() -> None:
    returns = {"200": str, "4XX": int, "default": bytes}
    assert [body_type_key(returns, s) for s in (200, 404, 500, 201)] == ["200", "4XX", "default", "default"]
    assert body_type_key({"200": str}, 404) is None


# --------------------------------------------------------------------------- decode


class Color(str, enum.Enum):
    RED = "red"


def returns(spec: Any) -> Operation[Any]:
    return Operation("GET", "/x", returns={"200": spec})


@pytest.mark.parametrize(("spec", "content_type", "body", "value"), [
    (str, "", b"some text", "some text"),  # no Content-Type: JSON if it parses, else the text
    (str, "", b'"quoted"', "quoted"),
    (str, "application/json", b"not json", "not json"),
    (str, "text/plain", b'{"a": "a"}', '{"a": "a"}'),
    (LiteralOf("a", "b"), "", b"a", "a"),
    (LiteralOf("a", "b"), "", b'"b"', "b"),
    (LiteralOf('{"a": "a"}'), "text/plain", b'{"a": "a"}', '{"a": "a"}'),
    (Color, "text/plain", b"red", Color.RED),
    (int, "text/plain", b"42", 42),
    (int, "", b"42", 42),
    (bool, "", b"true", True),
    (UnionOf(bytes, str), "", b'{"a": "a"}', b'{"a": "a"}'),  # declared binary: as it came
    (UnionOf(bytes, str), "application/json", b"\x00\xff", b"\x00\xff"),
    (bytes, "text/plain", b"raw", b"raw"),
    (DictOf(int), "application/octet-stream", b'{"a": 1}', {"a": 1}),  # JSON under another type
])
def test_decode_as_openapi_generator_reads_bodies(spec: Any, content_type: str, body: bytes, value: Any) -> None:
    decoded = decode(returns(spec), "200", content_type, body)
    assert decoded == value and type(decoded) is type(value)


@pytest.mark.parametrize(("spec", "content_type", "body"), [
    (LiteralOf("a", "b"), "application/json", b"a"),  # declared JSON must be JSON
    (LiteralOf("a", "b"), "", b"c"),
    (int, "text/plain", b"forty-two"),
    (DictOf(int), "text/html", b"<html>"),
])
def test_decode_refuses_what_does_not_fit(spec: Any, content_type: str, body: bytes) -> None:
    with pytest.raises(ValueError):
        decode(returns(spec), "200", content_type, body)


# --------------------------------------------------------------------------- strings and binary

_CONTENT_TYPES = ["", "application/json", "application/json; charset=utf-8", "application/vnd.x+json",
                  "text/plain", "text/plain; charset=latin-1", "text/csv", "application/octet-stream",
                  "application/xml", "text/plain; charset=no-such-charset"]


@given(body=st.one_of(st.binary(max_size=40), st.from_type(object).map(lambda v: repr(v).encode()),
                      st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                                   lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
                                   max_leaves=6).map(lambda v: json.dumps(v).encode())),
       content_type=st.sampled_from(_CONTENT_TYPES), spec=st.sampled_from([str, Nullable(str)]))
def test_a_declared_string_is_the_text_as_sent_and_never_fails(body: bytes, content_type: str, spec: Any) -> None:
    """Whatever the server sends under whatever Content-Type: a string, the body's own text
    (by its charset), or the value of a JSON string under JSON; never str() of parsed JSON."""
    decoded = decode(returns(spec), "200", content_type, body)
    if not body:
        assert decoded is None
        return
    charset = content_type.partition("charset=")[2] or "utf-8"
    try:
        text = body.decode(charset, "replace")
    except LookupError:
        text = body.decode("utf-8", "replace")
    try:
        parsed = json.loads(body)
    except ValueError:
        parsed = None
    if isinstance(parsed, str) and (content_type == "" or "json" in content_type):
        assert decoded == parsed
    else:
        assert decoded == text


@pytest.mark.parametrize("spec", [bytes, bytearray])
@pytest.mark.parametrize("content_type", ["application/octet-stream", "application/json", "text/plain", ""])
def test_a_binary_body_is_bytes(spec: Any, content_type: str) -> None:
    decoded = decode(returns(spec), "200", content_type, b'{"a": 1}')
    assert (decoded, type(decoded)) == (b'{"a": 1}', bytes)


@pytest.mark.parametrize(("text", "content_type", "value"), [
    ('{"a": 1}', "application/json", '{"a": 1}'),  # OpenAPI Generator: "{'a': 1}"
    ("[1, 2]", None, "[1, 2]"),
    ("{not json", "application/json", "{not json"),  # OpenAPI Generator: a JSONDecodeError
    ('"quoted"', "application/json", "quoted"),
    ('"quoted"', "text/plain", '"quoted"'),
])
def test_openapi_generators_deserialize_reads_a_string_by_the_same_rule(
        text: str, content_type: str | None, value: str) -> None:
    assert deserialize(text, "str", content_type) == value
