"""Parameters on the wire: one serializer per location and style, driven by a table.

The styles are OpenAPI 3.x's ("Style Values", "Style Examples" of OAS 3.1.1), which are RFC 6570
URI template expansions: each row of `_STYLES` says the prefix, the separator between items and
whether an object's members are written `k=v`. Text is percent-encoded by one rule per output
context (`encode`): the separators a style writes stay as they are, every reserved character
inside a value is encoded, so `["a,b", "c"]` is `a%2Cb,c` and never reads as three items.

Rules where the specification says nothing (README, "Parameters on the wire"):
- a value nested inside an array or an object (a list in a list, an object in a deepObject) is
  sent as compact JSON text, then encoded like any text; never as Python's repr;
- a `content`-typed parameter is one value: its JSON text, encoded for its location;
- `None` inside an array or an object is left out; an empty array or object is not sent (RFC
  6570 calls them undefined), an empty string is (`name=`).

Two dialects (`_package.WIRE`, set by the `wire:` setting): `openapi`, the above, and
`openapi-generator`, what OpenAPI Generator 7.x's python client sends where it differs without
being a bug: query date-times and dates written with `Configuration.datetime_format` and
`date_format`, and pipeDelimited's `|` and deepObject's brackets as it writes them.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
from typing import Any, NamedTuple, Optional
from urllib.parse import quote

from pydantic import BaseModel

from ._codec import to_jsonable
from .exceptions import ApiValueError

OPENAPI = "openapi"
OPENAPI_GENERATOR = "openapi-generator"

# RFC 3986 reserved characters: kept as they are only where `allowReserved` says so.
RESERVED = ":/?#[]@!$&'()*+,;="
_PCT_TRIPLET = re.compile(r"(%[0-9A-Fa-f]{2})")


class Style(NamedTuple):
    prefix: str  # before the first item: "." (label), ";name=" (matrix)
    separator: str  # between items
    pairs: bool  # an object's members as k=v (explode) instead of k,v


# (style, explode) -> how an array or object is written. `name` in a prefix is the wire name.
# form and the delimited styles are query styles: their exploded items are separate
# name=value pairs, handled in `query_pairs`.
_STYLES: dict[tuple[str, bool], Style] = {
    ("simple", False): Style("", ",", False),
    ("simple", True): Style("", ",", True),
    ("label", False): Style(".", ",", False),
    ("label", True): Style(".", ".", True),
    ("matrix", False): Style(";{name}=", ",", False),
    ("matrix", True): Style(";", ";", True),  # arrays repeat ";name=" (see `_matrix_exploded`)
    ("form", False): Style("", ",", False),
    ("spaceDelimited", False): Style("", " ", False),
    ("pipeDelimited", False): Style("", "|", False),
}


class Wire(NamedTuple):
    """How values become text in one package: its dialect and the Configuration's formats."""

    dialect: str = OPENAPI
    datetime_format: str = "%Y-%m-%dT%H:%M:%S.%f%z"
    date_format: str = "%Y-%m-%d"

    def text(self, value: Any, location: str = "") -> str:
        """One scalar as text: booleans `true`/`false`, numbers as Python writes them, date-times
        ISO 8601 (the openapi-generator dialect formats query ones with its formats), enums by
        value, anything nested as compact JSON."""
        if isinstance(value, enum.Enum):
            value = value.value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, str):
            return value
        if isinstance(value, (datetime.date, datetime.time)):
            if self.dialect == OPENAPI_GENERATOR and location == "query":
                if isinstance(value, datetime.datetime):
                    return value.strftime(self.datetime_format)
                if isinstance(value, datetime.date):
                    return value.strftime(self.date_format)
            return str(value.isoformat())
        if isinstance(value, (dict, list, tuple, set, frozenset, BaseModel)):
            return json_text(value)
        if value is None:
            return ""
        return str(to_jsonable(value))


SPEC_WIRE = Wire()  # the openapi dialect with OpenAPI Generator's default formats


def json_text(value: Any) -> str:
    """Compact JSON, as a nested value or a `content` parameter is sent."""
    return json.dumps(to_jsonable(value), separators=(",", ":"), ensure_ascii=False)


def encode(text: str, context: str, allow_reserved: bool = False, safe: str = "") -> str:
    """`text` percent-encoded for one output context.

    path, query, cookie: everything but RFC 3986 unreserved characters (RFC 6570 simple
    expansion); with `allow_reserved`, reserved characters and existing %XX triplets stay
    (RFC 6570 reserved expansion). header: not percent-encoded (RFC 9110 field values carry
    text; control characters are refused where the header is set). form: see `form_pairs`.
    """
    if context == "header":
        return text
    if not allow_reserved:
        return quote(text, safe=safe)
    parts = _PCT_TRIPLET.split(text)
    return "".join(
        part if index % 2 else quote(part, safe=RESERVED + safe) for index, part in enumerate(parts)
    )


_EXPRESSION = re.compile(r"(\{[^{}]*\})")


def path_template(path: str) -> str:
    """A path template with its literal text encoded as RFC 6570 encodes literals (reserved and
    unreserved characters and %XX kept, anything else, such as non-ASCII, percent-encoded);
    the `{name}` expressions are left for the parameters."""
    parts = _EXPRESSION.split(path)
    return "".join(
        part if index % 2 else encode(part, "path", allow_reserved=True)
        for index, part in enumerate(parts)
    )


def is_object(value: Any) -> bool:
    return isinstance(value, (dict, BaseModel))


def members(value: Any) -> list[tuple[str, Any]]:
    """An object's (wire name, value) members, None left out."""
    data = to_jsonable(value) if isinstance(value, BaseModel) else value
    return [(str(k), v) for k, v in data.items() if v is not None]


def items(value: Any) -> list[Any]:
    return [v for v in value if v is not None]


def is_array(value: Any) -> bool:
    return isinstance(value, (list, tuple, set, frozenset))


def expand(
    name: str,
    value: Any,
    style: str,
    explode: bool,
    context: str,
    wire: Wire,
    allow_reserved: bool = False,
    safe: str = "",
) -> Optional[str]:
    """A path, header or cookie value (simple, label or matrix), or one query parameter of a
    non-exploded form or delimited style, as text; None when the value is undefined."""

    def enc(text: str) -> str:
        return encode(text, context, allow_reserved, safe)

    sep = _separator(_STYLES.get((style, explode)) or _STYLES[("simple", explode)], style, wire)
    ambiguous = {"%20": " ", "%7C": "|"}.get(sep)

    def text(item: Any) -> str:
        raw = wire.text(item, context)
        if ambiguous and ambiguous in raw:
            # Its separator is sent encoded, so an encoded one inside an item would read the same.
            raise ApiValueError(
                f"parameter {name!r}: an item holds {ambiguous!r}, which {style} cannot tell from"
                " its separator; the spec's style form (comma-separated) can carry it"
            )
        return enc(raw)

    row = _STYLES.get((style, explode)) or _STYLES[("simple", explode)]
    prefix = row.prefix.replace("{name}", enc(name))
    if is_array(value):
        values = items(value)
        if not values:
            return None
        if style == "matrix" and explode:
            return "".join(f";{enc(name)}={text(v)}" for v in values)
        return prefix + sep.join(text(v) for v in values)
    if is_object(value):
        pairs = members(value)
        if not pairs:
            return None
        if row.pairs:
            return prefix + sep.join(f"{enc(k)}={text(v)}" for k, v in pairs)
        return prefix + sep.join(f"{text(k)}{sep}{text(v)}" for k, v in pairs)
    if style == "matrix":
        body = text(value)
        return f";{enc(name)}" + (f"={body}" if body else "")
    return "." + text(value) if style == "label" else text(value)


def _separator(row: Style, style: str, wire: Wire) -> str:
    if style == "spaceDelimited":
        return "%20"
    if style == "pipeDelimited" and wire.dialect == OPENAPI:
        return "%7C"  # OAS 3.1.1's table; `|` is not a URI character (RFC 3986)
    return row.separator


def query_pairs(
    name: str, value: Any, style: str, explode: bool, wire: Wire, allow_reserved: bool = False
) -> list[tuple[str, str]]:
    """A query parameter as encoded (name, value) pairs, joined by `=` and `&` by the caller."""

    # OpenAPI Generator quotes query text with urllib's default, which keeps `/` (RFC 3986
    # allows it in a query).
    safe = "/" if wire.dialect == OPENAPI_GENERATOR else ""

    def enc(text: str) -> str:
        return encode(text, "query", allow_reserved, safe)

    def text(item: Any) -> str:
        return enc(wire.text(item, "query"))

    if style == "deepObject" and is_object(value):
        # Brackets encoded, as OAS 3.1.1's table and OpenAPI Generator (which quotes the key) send them.
        return [(f"{enc(name)}%5B{enc(k)}%5D", text(v)) for k, v in members(value)]
    if explode and style in ("form", "deepObject", "spaceDelimited", "pipeDelimited"):
        if is_object(value):
            return [(enc(k), text(v)) for k, v in members(value)]
        if is_array(value):
            return [(enc(name), text(v)) for v in items(value)]
        return [(enc(name), text(value))]
    joined = expand(
        name,
        value,
        style if style in ("form", "spaceDelimited", "pipeDelimited") else "form",
        False,
        "query",
        wire,
        allow_reserved,
        safe,
    )
    return [] if joined is None else [(enc(name), joined)]


def content_text(value: Any, media_type: str) -> str:
    """A `content`-typed parameter's one value: JSON text for a JSON media type, else text."""
    if isinstance(value, str) and "json" not in media_type.lower():
        return value
    return json_text(value)


def header_text(value: Any, style: str, explode: bool, wire: Wire) -> Optional[str]:
    return expand("", value, "simple", explode, "header", wire)


def cookie_pairs(name: str, value: Any, explode: bool, wire: Wire) -> list[str]:
    """A cookie parameter (style form) as `name=value` strings; exploded objects as their members."""
    if explode and is_object(value):
        return [
            f"{encode(k, 'cookie')}={encode(wire.text(v), 'cookie')}" for k, v in members(value)
        ]
    if explode and is_array(value):
        return [f"{encode(name, 'cookie')}={encode(wire.text(v), 'cookie')}" for v in items(value)]
    joined = expand(name, value, "form", False, "cookie", wire)
    return [] if joined is None else [f"{encode(name, 'cookie')}={joined}"]


def form_pairs(
    name: str, value: Any, style: str, explode: bool, wire: Wire
) -> list[tuple[str, str]]:
    """One field of an application/x-www-form-urlencoded body as (name, text) pairs, which
    urlencode() then encodes: the encoding object's style (form unless it says otherwise) and
    explode (true for form) as for a query parameter; a nested value as JSON text."""
    if is_object(value) and explode and style in ("form", ""):
        return [(k, wire.text(v, "form")) for k, v in members(value)]
    if is_object(value) and style == "deepObject":
        return [(f"{name}[{k}]", wire.text(v, "form")) for k, v in members(value)]
    if is_array(value) and explode:
        return [(name, wire.text(v, "form")) for v in items(value)]
    if is_array(value) or is_object(value):
        sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        flat = (
            [wire.text(v, "form") for v in items(value)]
            if is_array(value)
            else [part for k, v in members(value) for part in (k, wire.text(v, "form"))]
        )
        return [(name, sep.join(flat))]
    return [(name, wire.text(value, "form"))]
