"""Headers, bodies and files in the form they go on the wire, shared by both transports.

A request body travels as OpenAPI Generator's clients carry it: `body` is JSON-ready data, text
or bytes, `post_params` the fields of a form (text, or a file as (filename, content, mime
type)), and the Content-Type header says how they are encoded (`body_kind`).
"""

from __future__ import annotations

import io
import json
import mimetypes
import os
import re
from collections.abc import Mapping, Sequence
from typing import Any, Optional, Union
from urllib.parse import urlencode

from ._codec import to_jsonable, to_text
from ._styles import SPEC_WIRE, Wire, form_pairs
from .exceptions import ApiException, ApiTypeError, ApiValueError

# What a file argument may be: a path, bytes, an open binary file, or (filename, bytes[, mime type]).
FileInput = Union[
    str, os.PathLike[str], bytes, io.IOBase, tuple[str, bytes], tuple[str, bytes, str]
]
# A form field: (name, text), or (name, (filename, content, mime type)) for a file.
FormField = tuple[str, Any]

_BAD_HEADER_VALUE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # tab is allowed
_HEADER_NAME = re.compile(r"[^\x00-\x20:\x7f]+")  # no controls, spaces or colons


def put_header(headers: dict[str, str], name: str, value: str) -> None:
    """Set a header, replacing any of the same name in another case (names are case-insensitive)."""
    for existing in [key for key in headers if key.lower() == name.lower()]:
        del headers[existing]
    headers[name] = value


def get_header(headers: Mapping[str, Any], name: str) -> Optional[str]:
    """A header's value whatever the case of its name; None when it is not there."""
    lower = name.lower()
    for key, value in headers.items():
        if key.lower() == lower:
            return None if value is None else str(value)
    return None


def header_value(name: str, value: Any) -> str:
    """A header's value as text, refused (not shown: it may be a credential) if it has control
    characters, which could end the header early."""
    text = (
        ",".join(to_text(v) for v in value) if isinstance(value, (list, tuple)) else to_text(value)
    )
    if _BAD_HEADER_VALUE.search(text) or not _HEADER_NAME.fullmatch(name):
        raise ApiValueError(
            f"header {name!r}: no line break or other control character may be in a header, nor"
            " a space or colon in its name"
        )
    return text


def media_type_is(content_type: str, main: str, sub: str) -> bool:
    """Whether `content_type` is main/sub, or main/<anything>+sub, whatever its parameters."""
    pattern = rf"{re.escape(main)}/(?:[^+;]+\+)?{re.escape(sub)}(?:[ \t]*;.*)?"
    return re.fullmatch(pattern, content_type.strip(), re.IGNORECASE | re.DOTALL) is not None


def is_json(content_type: str) -> bool:
    return media_type_is(content_type, "application", "json")


# --------------------------------------------------------------------------- building a body


def request_body(
    content_type: str,
    body: Any,
    form: Sequence[tuple[Any, Any]],
    headers: dict[str, str],
    wire: Wire = SPEC_WIRE,
    method: str = "POST",
) -> tuple[Any, Optional[list[FormField]]]:
    """(body, post_params) of an operation's body or form arguments, Content-Type set.

    `form` holds (Param, value) pairs; a Param whose `where` is "file" is read as a file.
    A call without a body to an operation that takes one still says its Content-Type (as
    OpenAPI Generator does), and a POST, PUT or PATCH sends an empty body (`Content-Length:
    0`), so a server that waits for the declared type gets it at once.
    """
    base = content_type.split(";")[0].strip().lower()
    if form:
        if base == "multipart/form-data":
            put_header(headers, "Content-Type", content_type)
            return None, multipart_fields(form, wire)
        put_header(headers, "Content-Type", content_type or "application/x-www-form-urlencoded")
        pairs = [
            pair
            for p, value in form
            for pair in form_pairs(p.wire, value, p.style or "form", p.explode, wire)
        ]
        return None, list(pairs)
    if body is NO_BODY:
        if content_type:
            put_header(headers, "Content-Type", content_type)
            if method.upper() in ("POST", "PUT", "PATCH"):
                return b"", None
        return None, None
    put_header(headers, "Content-Type", content_type or "application/json")
    if isinstance(body, (bytes, bytearray)):
        return bytes(body), None
    if base == "application/octet-stream":
        return read_file(body)[1], None
    if base.startswith("text/") and isinstance(body, (str, bool, int, float)):
        return to_text(body), None
    if not base or is_json(base):
        return to_jsonable(body), None  # rest.py and encode() write it with json.dumps
    if "json" in base:  # a JSON-like type the transports would not take for JSON
        return json.dumps(to_jsonable(body)), None
    if isinstance(body, str):
        return body, None
    raise ApiValueError(f"cannot send a {type(body).__name__} as {content_type}")


NO_BODY: Any = object()


def form_text(value: Any, wire: Wire = SPEC_WIRE) -> str:
    """A multipart part's text: an object or array as JSON (the Encoding Object's default
    contentType for them), a scalar as a parameter is written."""
    if isinstance(value, (dict, list)) or hasattr(value, "model_dump"):
        return json.dumps(to_jsonable(value))
    return wire.text(value, "form")


def form_items(value: Any) -> list[Any]:
    """A form field's values: each item of a list is a field of its own (style form, explode)."""
    return value if isinstance(value, list) else [value]


def multipart_fields(form: Sequence[tuple[Any, Any]], wire: Wire = SPEC_WIRE) -> list[FormField]:
    fields: list[FormField] = []
    for param, value in form:
        for item in form_items(value):
            # Only fields the spec declares as files are read as files: a text field whose
            # value happens to name a local file must not send that file's contents.
            if param.where == "file":
                fields.append((param.wire, read_file(item)))
            else:
                fields.append((param.wire, form_text(item, wire)))
    return fields


def read_file(value: Any, default_name: str = "file") -> tuple[str, bytes, str]:
    """(filename, content, mime type) of any accepted file argument."""
    if isinstance(value, tuple):
        filename, data = str(value[0]), bytes(value[1])
        mime = str(value[2]) if len(value) > 2 else guess_type(filename)
        return filename, data, mime
    if isinstance(value, (bytes, bytearray)):
        return default_name, bytes(value), "application/octet-stream"
    if isinstance(value, io.IOBase):
        name = os.path.basename(str(getattr(value, "name", default_name)))
        data = value.read()
        content = data if isinstance(data, bytes) else str(data).encode("utf-8")
        return name, content, guess_type(name)
    if isinstance(value, (str, os.PathLike)):
        with open(value, "rb") as handle:
            return os.path.basename(os.fspath(value)), handle.read(), guess_type(os.fspath(value))
    raise ApiTypeError(f"cannot send a {type(value).__name__} as a file")


def guess_type(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


# --------------------------------------------------------------------------- encoding it


def body_kind(headers: Mapping[str, Any], body: Any) -> str:
    """How a body is encoded, by its Content-Type, as OpenAPI Generator's rest.py decides:
    json | urlencoded | multipart | raw (text or bytes as they are) | bool (text/* true/false)."""
    content_type = get_header(headers, "Content-Type")
    if not content_type or is_json(content_type):
        return "json"
    if not isinstance(body, (str, bytes, bytearray)) and (
        media_type_is(content_type, "application", "yaml")
        or media_type_is(content_type, "text", "yaml")
        or media_type_is(content_type, "text", "x-yaml")
    ):
        return "json"  # JSON is YAML 1.2: structured YAML bodies are written as JSON
    if media_type_is(content_type, "application", "x-www-form-urlencoded"):
        return "urlencoded"
    if media_type_is(content_type, "multipart", "form-data"):
        return "multipart"
    if isinstance(body, (str, bytes, bytearray)):
        return "raw"
    if content_type.lower().startswith("text/") and isinstance(body, bool):
        return "bool"
    raise ApiException(
        status=0,
        reason=f"cannot send a {type(body).__name__} body as {content_type}: pass it as text or"
        " bytes, or use a Content-Type the client can encode",
    )


def json_text(body: Any) -> Any:
    """The JSON body: bytes go as they are, anything else through json.dumps (None: no body)."""
    if body is None or isinstance(body, (bytes, bytearray)):
        return body
    return json.dumps(body)


def multipart_form(post_params: Sequence[FormField]) -> list[FormField]:
    """Form fields for urllib3's multipart encoder: dicts as JSON, as OpenAPI Generator sends them."""
    return [(k, json.dumps(v) if isinstance(v, dict) else v) for k, v in post_params]


def encode(
    method: str, headers: Mapping[str, str], body: Any, post_params: Optional[Sequence[FormField]]
) -> tuple[Optional[bytes], dict[str, str]]:
    """The body bytes and the headers to send them with (the async client's encoder; rest.py
    hands the same parts to urllib3, which encodes them alike)."""
    headers = dict(headers)
    if method.upper() in ("GET", "HEAD") and body is None and not post_params:
        return None, headers
    if post_params and body is not None:
        raise ApiValueError("body parameter cannot be used with post_params parameter.")
    kind = body_kind(headers, body)
    data: Any
    if kind == "json":
        data = json_text(body)
    elif kind == "urlencoded":
        data = urlencode(list(post_params or []))
    elif kind == "multipart":
        from urllib3 import encode_multipart_formdata

        data, content_type = encode_multipart_formdata(multipart_form(post_params or []))
        put_header(headers, "Content-Type", content_type)
    elif kind == "bool":
        data = "true" if body else "false"
    else:
        data = body
    if isinstance(data, str):
        data = data.encode("utf-8")
    return (None if data is None else bytes(data)), headers
