"""Turn an operation and its arguments into an HTTP request: URL, headers and body bytes.

Pure functions shared by the sync and the async client, so both send the same bytes.
"""

from __future__ import annotations

import io
import json
import mimetypes
import os
import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple, Optional, Union
from urllib.parse import quote, urlencode, urlsplit

from ._codec import to_jsonable, to_text
from ._operation import Operation, Param
from .configuration import Configuration
from .exceptions import ApiTypeError, ApiValueError

# What a file argument may be: a path, bytes, an open binary file, or (filename, bytes[, mime type]).
FileInput = Union[
    str, "os.PathLike[str]", bytes, io.IOBase, tuple[str, bytes], tuple[str, bytes, str]
]
TimeoutArg = Union[None, float, tuple[float, float]]


class PreparedRequest(NamedTuple):
    method: str
    url: str
    headers: dict[str, str]
    body: Optional[bytes]
    timeout: TimeoutArg
    secret_headers: tuple[str, ...]  # header names that carry credentials (stripped on redirects)


def prepare(
    configuration: Configuration,
    default_headers: Mapping[str, str],
    cookie: Optional[str],
    operation: Operation[Any],
    args: tuple[Any, ...],
    options: Mapping[str, Any],
) -> PreparedRequest:
    """The request for `operation` called with `args` (in the order of its `params`)."""
    unknown = set(options) - _OPTION_NAMES if options else None
    if unknown:
        raise ApiTypeError(f"unexpected keyword argument {min(unknown)!r}")
    host = _host(configuration, options.get("_host_index"))
    path = operation.path
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = dict(default_headers)
    cookies: list[str] = [cookie] if cookie else []
    form: list[tuple[Param, Any]] = []
    body: Any = _NO_BODY
    for param, value in zip(operation.params, args):
        if value is None:
            if param.required:
                raise ApiValueError(f"missing the required argument {param.name!r}")
            continue
        if param.where == "path":
            path = path.replace(
                "{" + param.wire + "}",
                _path_segment(value, configuration.safe_chars_for_path_param),
            )
        elif param.where == "query":
            query.extend(_query(param, value))
        elif param.where == "header":
            _put_header(headers, param.wire, _header_value(param.wire, value))
        elif param.where == "cookie":
            cookies.append(f"{param.wire}={quote(to_text(value), safe='')}")
        elif param.where in ("form", "file"):
            form.append((param, value))
        else:
            body = value
    if operation.accepts and not any(name.lower() == "accept" for name in headers):
        headers["Accept"] = ", ".join(operation.accepts)
    secrets = _apply_auth(
        configuration, operation, options.get("_request_auth"), headers, query, cookies
    )
    if cookies:
        _put_header(headers, "Cookie", _header_value("Cookie", "; ".join(cookies)))
    content_type = options.get("_content_type") or _default_content_type(operation.content_types)
    data = _encode_body(content_type, body, form, headers)
    for name, value in (options.get("_headers") or {}).items():
        _put_header(headers, str(name), _header_value(str(name), value))
    url = host + path
    if query:
        url += "?" + "&".join(f"{quote(k, safe=_SAFE)}={quote(v, safe=_SAFE)}" for k, v in query)
    timeout = options.get("_request_timeout", configuration.timeout)
    return PreparedRequest(operation.method, url, headers, data, timeout, secrets)


_OPTION_NAMES = {
    "_request_timeout",
    "_request_auth",
    "_content_type",
    "_headers",
    "_host_index",
    "_idempotent",
}
_NO_BODY = object()
_SAFE = ",|"  # kept readable in non-exploded (a,b) and pipe-delimited (a|b) query values


def _default_content_type(content_types: Sequence[str]) -> str:
    """The media type the generator typed the body for: JSON first, then a form, then the first."""
    for candidate in content_types:
        base = candidate.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json"):
            return candidate
    for candidate in content_types:
        if candidate in ("multipart/form-data", "application/x-www-form-urlencoded"):
            return candidate
    return content_types[0] if content_types else ""


def _host(configuration: Configuration, index: Optional[int]) -> str:
    if index is None:
        return configuration.host
    return configuration.get_host_from_settings(index, configuration.server_variables)


def _path_segment(value: Any, safe: str) -> str:
    text = quote(to_text(value), safe=safe)
    # `.` and `..` would climb the URL's path: send them encoded.
    return text.replace(".", "%2E") if text in (".", "..") else text


def _put_header(headers: dict[str, str], name: str, value: str) -> None:
    """Set a header, replacing any of the same name in another case (names are case-insensitive)."""
    for existing in [key for key in headers if key.lower() == name.lower()]:
        del headers[existing]
    headers[name] = value


def _header_value(name: str, value: Any) -> str:
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


_BAD_HEADER_VALUE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # tab is allowed
_HEADER_NAME = re.compile(r"[^\x00-\x20:\x7f]+")  # no controls, spaces or colons
# RFC 6265 cookie-name (a token) and cookie-value octets.
_COOKIE_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_COOKIE_VALUE = re.compile(r"[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*")


def _cookie(name: str, value: str) -> str:
    """`name=value` for an API key sent as a cookie: byte for byte, as the server compares it.

    Percent-encoding (as for cookie parameters) would change keys with `%`, `+`, `/` or `=`;
    a key that cannot be sent as it is (`;` would start another cookie) is refused, unshown.
    """
    if not _COOKIE_NAME.fullmatch(name) or not _COOKIE_VALUE.fullmatch(value):
        raise ApiValueError(
            f"the API key for cookie {name!r} must be RFC 6265 cookie text: no whitespace,"
            " control characters, double quotes, commas, semicolons or backslashes"
        )
    return f"{name}={value}"


def _query(param: Param, value: Any) -> list[tuple[str, str]]:
    """A query parameter in its OpenAPI style: form (exploded or not), space/pipe delimited, deepObject."""
    if isinstance(value, dict) or (hasattr(value, "model_dump") and not isinstance(value, type)):
        items = to_jsonable(value)
        if param.style == "deepObject":
            return [(f"{param.wire}[{k}]", to_text(v)) for k, v in items.items() if v is not None]
        if param.explode:
            return [(str(k), to_text(v)) for k, v in items.items() if v is not None]
        flat = [part for k, v in items.items() if v is not None for part in (str(k), to_text(v))]
        return [(param.wire, ",".join(flat))]
    if isinstance(value, (list, tuple, set)):
        texts = [to_text(v) for v in value]
        if param.style == "spaceDelimited":
            return [(param.wire, " ".join(texts))]
        if param.style == "pipeDelimited":
            return [(param.wire, "|".join(texts))]
        if param.explode:
            return [(param.wire, t) for t in texts]
        return [(param.wire, ",".join(texts))]
    return [(param.wire, to_text(value))]


def _apply_auth(
    configuration: Configuration,
    operation: Operation[Any],
    override: Optional[Mapping[str, str]],
    headers: dict[str, str],
    query: list[tuple[str, str]],
    cookies: list[str],
) -> tuple[str, ...]:
    if override:
        chosen = [override]
    elif operation.auth:
        settings = configuration.auth_settings()
        chosen = [settings[name] for name in operation.auth if name in settings]
    else:
        return ()
    secrets: list[str] = []
    for auth in chosen:
        location, key, value = auth.get("in", "header"), auth.get("key", ""), auth.get("value", "")
        if location == "header":
            _put_header(headers, key, _header_value(key, value))
            secrets.append(key)
        elif location == "query":
            query.append((key, value))
        elif location == "cookie":
            cookies.append(_cookie(key, value))
            secrets.append("Cookie")
    return tuple(secrets)


def _encode_body(
    content_type: str, body: Any, form: Sequence[tuple[Param, Any]], headers: dict[str, str]
) -> Optional[bytes]:
    base = content_type.split(";")[0].strip().lower()
    if form:
        if base == "multipart/form-data":
            from urllib3 import encode_multipart_formdata

            data, multipart_type = encode_multipart_formdata(_multipart_fields(form))
            _put_header(headers, "Content-Type", multipart_type)
            return data
        _put_header(headers, "Content-Type", content_type or "application/x-www-form-urlencoded")
        pairs = [(p.wire, _form_text(item)) for p, value in form for item in _form_items(value)]
        return urlencode(pairs).encode("ascii")
    if body is _NO_BODY:
        return None
    _put_header(headers, "Content-Type", content_type or "application/json")
    if isinstance(body, (bytes, bytearray)):
        return bytes(body)
    if base == "application/octet-stream":
        return _read_file(body)[1]
    if base.startswith("text/") and isinstance(body, str):
        return body.encode("utf-8")
    if "json" in base or not base:
        return json.dumps(to_jsonable(body), ensure_ascii=False).encode("utf-8")
    if isinstance(body, str):
        return body.encode("utf-8")
    raise ApiValueError(f"cannot send a {type(body).__name__} as {content_type}")


def _form_text(value: Any) -> str:
    if isinstance(value, (dict, list)) or hasattr(value, "model_dump"):
        return json.dumps(to_jsonable(value))
    return to_text(value)


def _form_items(value: Any) -> list[Any]:
    """A form field's values: each item of a list is a field of its own (style form, explode)."""
    return value if isinstance(value, list) else [value]


def _multipart_fields(form: Sequence[tuple[Param, Any]]) -> list[tuple[str, Any]]:
    fields: list[tuple[str, Any]] = []
    for param, value in form:
        for item in _form_items(value):
            # Only fields the spec declares as files are read as files: a text field whose
            # value happens to name a local file must not send that file's contents.
            if param.where == "file":
                filename, data, mime = _read_file(item)
                fields.append((param.wire, (filename, data, mime)))
            else:
                fields.append((param.wire, _form_text(item)))
    return fields


def _read_file(value: Any) -> tuple[str, bytes, str]:
    """(filename, content, mime type) of any accepted file argument."""
    if isinstance(value, tuple):
        filename, data = str(value[0]), bytes(value[1])
        mime = str(value[2]) if len(value) > 2 else _guess(filename)
        return filename, data, mime
    if isinstance(value, (bytes, bytearray)):
        return "file", bytes(value), "application/octet-stream"
    if isinstance(value, io.IOBase):
        name = os.path.basename(str(getattr(value, "name", "file")))
        data = value.read()
        return name, data if isinstance(data, bytes) else str(data).encode("utf-8"), _guess(name)
    if isinstance(value, (str, os.PathLike)):
        with open(value, "rb") as handle:
            return os.path.basename(os.fspath(value)), handle.read(), _guess(os.fspath(value))
    raise ApiTypeError(f"cannot send a {type(value).__name__} as a file")


def _guess(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def same_origin(url_a: str, url_b: str) -> bool:
    """Whether two URLs share scheme, host and port (credentials may follow a redirect only then)."""
    a, b = urlsplit(url_a), urlsplit(url_b)
    return (a.scheme, a.hostname, a.port) == (b.scheme, b.hostname, b.port)
