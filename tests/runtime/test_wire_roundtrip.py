"""Round trips through a parser we did not write: every value a schema allows, serialized by the
client's request builder, is parsed back by openapi-core's request unmarshalling (what
`apigen mock` runs) to the same value.

openapi-core 0.23 cannot read everything the OpenAPI styles write; where it cannot, the case is
left to the Style Examples table and the RFC 6570 vectors (test_wire_oracles.py), and said here:
- it splits delimited values *after* percent-decoding them, so an item holding the style's own
  delimiter (`,` `|`, `=` in k=v pairs) is split again: items here leave their delimiter out,
  while test_wire_oracles.py and `test_a_delimiter_inside_an_item_is_encoded` cover them;
- it finds no label or matrix path parameter, no exploded form object (it reads `color=` for
  `R=100&G=200`), and splits spaceDelimited on a literal `%20` after decoding;
- its path finder re-parses the decoded path (`;` and `#` in a value cut it): paths here are
  routed as `apigen mock` routes them, on the raw path, and openapi-core reads the value;
- it does not percent-decode cookie values (werkzeug's cookie parser), which OAS 3.0/3.1's form
  style percent-encodes: cookie strings here are unreserved characters only.
"""

from __future__ import annotations

import string
from typing import Any
from unittest.mock import patch
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_core import OpenAPI
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request

from generator.mock.server import _RoutedRequest
from generator.runtime._operation import Operation, Param
from generator.runtime._request import prepare
from generator.runtime._styles import OPENAPI_GENERATOR
from generator.runtime.configuration import Configuration
from generator.runtime.exceptions import ApiValueError

# openapi-core warns that OAS deprecates allowEmptyValue; without it `p=` is refused.
pytestmark = pytest.mark.filterwarnings("ignore:Use of allowEmptyValue:DeprecationWarning")

SCHEMAS: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "boolean": {"type": "boolean"},
    "array": {"type": "array", "items": {"type": "string"}},
    "object": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}},
}
# (location, style, explode, type, characters an item may not hold) that openapi-core parses.
ALL = ("string", "integer", "boolean", "array", "object")
CASES: list[tuple[str, str, bool, str, str]] = [
    *[("path", "simple", explode, kind, ",=") for explode in (False, True) for kind in ALL],
    *[("query", "form", False, kind, ",") for kind in ALL],
    *[("query", "form", True, kind, "") for kind in ("string", "integer", "boolean", "array")],
    ("query", "pipeDelimited", False, "array", "|"),
    ("query", "pipeDelimited", False, "object", "|"),
    ("query", "deepObject", True, "object", ""),
    *[("header", "simple", explode, kind, ",=") for explode in (False, True) for kind in ALL],
    *[("cookie", "form", False, kind, "") for kind in ALL],
    *[("cookie", "form", True, kind, "") for kind in ("string", "integer", "boolean", "array")],
]
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "round trips", "version": "1"},
    "servers": [{"url": "http://h"}],
    "paths": {
        (f"/c{i}/{{p}}" if loc == "path" else f"/c{i}"): {"get": {
            "parameters": [{"name": "p", "in": loc, "required": True, "style": style, "explode": explode,
                            "schema": SCHEMAS[kind], **({"allowEmptyValue": True} if loc == "query" else {})}],
            "responses": {"200": {"description": "ok"}},
        }}
        for i, (loc, style, explode, kind, _) in enumerate(CASES)
    },
}
API = OpenAPI.from_dict(SPEC)
CONFIG = Configuration(host="http://h")

# Any text: reserved characters, unicode (no surrogates), the empty string.
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
# Header values are visible ASCII with inner spaces (RFC 9110 field-value; servers strip the ends).
HEADER_TEXT = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=12)


def text_for(location: str, forbidden: str, item: bool) -> st.SearchStrategy[str]:
    if location == "cookie":
        base: st.SearchStrategy[str] = st.text(string.ascii_letters + string.digits + "-._~", max_size=12)
    elif location == "header":
        base = HEADER_TEXT
    else:
        base = ANY_TEXT
    if location == "path" or item:
        base = base.filter(bool)  # an empty path segment or item reads as nothing
    return base.filter(lambda t: not any(c in t for c in forbidden))


def values(location: str, kind: str, forbidden: str) -> st.SearchStrategy[Any]:
    if kind == "integer":
        return st.integers(-(2**53), 2**53)
    if kind == "boolean":
        return st.booleans()
    if kind == "string":
        return text_for(location, forbidden, item=False)
    item = text_for(location, forbidden, item=True)
    if kind == "array":
        return st.lists(item, min_size=1, max_size=4)
    return st.fixed_dictionaries({"a": item}, optional={"b": item})


def parsed(index: int, value: Any) -> tuple[list[Any], Any]:
    location, style, explode, _, _ = CASES[index]
    path = f"/c{index}/{{p}}" if location == "path" else f"/c{index}"
    operation = Operation("GET", path, params=(Param("p", location, style=style, explode=explode, required=True),))
    request = prepare(CONFIG, {}, None, operation, (value,), {})
    url = urlsplit(request.url)
    environ = EnvironBuilder(path=url.path, base_url="http://h", query_string=url.query, method="GET",
                             headers=request.headers).get_environ()
    # Routed as the mock routes (openapi-core's own finder re-parses the decoded path, so `;`
    # or `#` in a path value would cut it): the raw segment, decoded, is the path's value.
    raw = {"p": unquote(url.path.split("/")[2])} if location == "path" else {}
    result = API.unmarshal_request(_RoutedRequest(Request(environ), path, raw, None))
    return list(result.errors), getattr(result.parameters, location).get("p")


@pytest.mark.parametrize("index", range(len(CASES)), ids=["-".join(map(str, c[:4])) for c in CASES])
def test_round_trip_through_openapi_core(index: int) -> None:
    location, _, _, kind, forbidden = CASES[index]

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
    @given(values(location, kind, forbidden))
    def check(value: Any) -> None:
        errors, got = parsed(index, value)
        assert not errors and got == value

    check()


@pytest.mark.parametrize("style, explode, value, expected", [
    ("form", False, ["Oh, hello world", "abc", "DEF"], "q=Oh%2C%20hello%20world,abc,DEF"),
    ("form", False, {"k,1": "a=b,c"}, "q=k%2C1,a%3Db%2Cc"),
    ("form", True, ["a&b=c", "d"], "q=a%26b%3Dc&q=d"),
    ("pipeDelimited", False, ["a,b", "c"], "q=a%2Cb%7Cc"),
    ("deepObject", True, {"x]&y": "1;2"}, "q%5Bx%5D%26y%5D=1%3B2"),
    ("form", False, [["nested", 1], {"k": [True, None]}], "q=%5B%22nested%22%2C1%5D,%7B%22k%22%3A%5Btrue%2Cnull%5D%7D"),
])
def test_a_delimiter_inside_an_item_is_encoded(style: str, explode: bool, value: Any, expected: str) -> None:
    """The separators a style writes stay, the same characters inside a value are encoded (and a
    nested value is JSON text, never Python's repr), so the items can be told apart."""
    operation = Operation("GET", "/", params=(Param("q", "query", style=style, explode=explode),))
    assert urlsplit(prepare(CONFIG, {}, None, operation, (value,), {}).url).query == expected


@pytest.mark.parametrize("style, value", [
    ("pipeDelimited", ["a|b", "c"]), ("spaceDelimited", ["a b", "c"]), ("pipeDelimited", {"k": "a|b"}),
    ("spaceDelimited", {"k k": "v"}),
])
def test_an_item_the_style_cannot_delimit_is_refused(style: str, value: Any) -> None:
    """OAS 3.1.1 sends these separators encoded (%7C, %20): an item holding one would read as two.
    Refused before anything is sent, naming the parameter, rather than sent wrong."""
    operation = Operation("GET", "/", params=(Param("q", "query", style=style, explode=False),))
    with pytest.raises(ApiValueError, match="parameter 'q'"):
        prepare(CONFIG, {}, None, operation, (value,), {})


def test_openapi_generator_pipes_are_literal_so_an_encoded_pipe_is_data() -> None:
    operation = Operation("GET", "/", params=(Param("q", "query", style="pipeDelimited", explode=False),))
    with patch("generator.runtime._request.WIRE", OPENAPI_GENERATOR):
        url = prepare(CONFIG, {}, None, operation, (["a|b", "c"],), {}).url
    assert urlsplit(url).query == "q=a%7Cb|c"


def test_a_content_parameter_is_one_value() -> None:
    """`content: {application/json: ...}`: the JSON text as the one value of its name, encoded
    for its place; never exploded into the object's fields."""
    operation = Operation("GET", "/{f}", params=(
        Param("f", "path", content="application/json"), Param("q", "query", content="application/json"),
        Param("h", "header", content="application/json"), Param("t", "query", content="text/plain"),
    ))
    value = {"name": "a b", "tags": ["x,y"]}
    request = prepare(CONFIG, {}, None, operation, (value, value, value, "plain, text"), {})
    encoded = "%7B%22name%22%3A%22a%20b%22%2C%22tags%22%3A%5B%22x%2Cy%22%5D%7D"
    assert urlsplit(request.url).path == "/" + encoded
    assert urlsplit(request.url).query == f"q={encoded}&t=plain%2C%20text"
    assert request.headers["h"] == '{"name":"a b","tags":["x,y"]}'


@pytest.mark.parametrize("dialect, formats, expected", [
    ("openapi", {}, "since=2024-01-02T03%3A04%3A05.000006%2B02%3A00&day=2024-01-02"),
    (OPENAPI_GENERATOR, {}, "since=2024-01-02T03%3A04%3A05.000006%2B0200&day=2024-01-02"),
    (OPENAPI_GENERATOR, {"datetime_format": "%d.%m.%Y %H:%M", "date_format": "%Y%m%d"},
     "since=02.01.2024%2003%3A04&day=20240102"),
])
def test_query_dates_by_dialect(dialect: str, formats: dict[str, str], expected: str) -> None:
    """OpenAPI Generator's dialect writes query date-times and dates with Configuration's
    datetime_format and date_format (defaults as its own); the openapi dialect, ISO 8601."""
    import datetime

    since = datetime.datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    config = Configuration(host="http://h", **formats)
    operation = Operation("GET", "/", params=(Param("since", "query"), Param("day", "query")))
    with patch("generator.runtime._request.WIRE", dialect):
        url = prepare(config, {}, None, operation, (since, since.date()), {}).url
    assert urlsplit(url).query == expected
