"""Turn an operation and its arguments into an HTTP request: URL, headers and body.

Pure functions shared by the sync and the async client, so both send the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple, Optional, Union
from urllib.parse import quote

from pydantic_core import PydanticCustomError, ValidationError

from ._operation import Operation, Param
from ._package import WIRE
from ._styles import Wire, content_text, cookie_pairs, expand, path_template, query_pairs
from ._wire import NO_BODY, FileInput, FormField, header_value, put_header, request_body
from .configuration import Configuration
from .exceptions import ApiTypeError, ApiValueError

__all__ = ["FileInput", "PreparedRequest", "prepare", "select_header"]

TimeoutArg = Union[None, float, tuple[float, float]]


class PreparedRequest(NamedTuple):
    method: str
    url: str
    headers: dict[str, str]
    # JSON-ready data, text or bytes, encoded by the transport as Content-Type says (_wire).
    body: Any
    post_params: Optional[list[FormField]]  # the fields of a form body
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
    timeout = options.get("_request_timeout")
    _check_timeout(operation, timeout)
    host = _host(configuration, operation, options.get("_host_index"))
    path = path_template(operation.path)
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = dict(default_headers)
    cookies: list[str] = [cookie] if cookie else []
    form: list[tuple[Param, Any]] = []
    body: Any = NO_BODY
    wire = Wire(WIRE, configuration.datetime_format, configuration.date_format)
    for param, value in zip(operation.params, args):
        if value is None:
            if param.required:
                raise ApiValueError(f"required argument {param.name!r} is None")
            continue
        if param.content and param.where in ("path", "query", "header", "cookie"):
            value = content_text(value, param.content)  # one value, encoded as text
        if param.where == "path":
            path = path.replace(
                "{" + param.wire + "}",
                _path_segment(param, value, wire, configuration.safe_chars_for_path_param),
            )
        elif param.where == "query":
            query.extend(
                query_pairs(
                    param.wire,
                    value,
                    param.style or "form",
                    param.explode,
                    wire,
                    param.allow_reserved,
                )
            )
        elif param.where == "header":
            text = expand(param.wire, value, "simple", param.explode, "header", wire)
            if text is not None:
                put_header(headers, param.wire, header_value(param.wire, text))
        elif param.where == "cookie":
            cookies.extend(cookie_pairs(param.wire, value, param.explode, wire))
        elif param.where in ("form", "file"):
            form.append((param, value))
        else:
            body = value
    accept = select_header(operation.accepts)
    if accept and not any(name.lower() == "accept" for name in headers):
        headers["Accept"] = accept
    secrets = _apply_auth(
        configuration, operation, options.get("_request_auth"), headers, query, cookies
    )
    if cookies:
        put_header(headers, "Cookie", header_value("Cookie", "; ".join(cookies)))
    content_type = options.get("_content_type") or _default_content_type(operation.content_types)
    data, post_params = request_body(content_type, body, form, headers, wire, operation.method)
    for name, value in (options.get("_headers") or {}).items():
        put_header(headers, str(name), header_value(str(name), value))
    url = host + path
    if query:  # pairs arrive encoded (_styles.query_pairs); credentials are encoded here
        url += "?" + "&".join(f"{k}={v}" for k, v in query)
    if timeout is None:
        timeout = configuration.timeout
    return PreparedRequest(operation.method, url, headers, data, post_params, timeout, secrets)


_OPTION_NAMES = {
    "_request_timeout",
    "_request_auth",
    "_content_type",
    "_headers",
    "_host_index",
    "_idempotent",
}


def select_header(media_types: Sequence[str]) -> Optional[str]:
    """The media type to ask for or send, as OpenAPI Generator picks it: the first JSON one,
    else the first (None for none)."""
    for media_type in media_types:
        if "json" in media_type.lower():
            return media_type
    return media_types[0] if media_types else None


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


def _host(configuration: Configuration, operation: Operation[Any], index: Any) -> str:
    """The server of this call: one of the operation's own servers (`_host_index`, else
    `server_operation_index[name]`, else the first), or `configuration.host` when it has none
    or `ignore_operation_servers` is set."""
    servers = operation.servers
    if index is not None:
        highest = max(len(servers) - 1, 0)
        if not isinstance(index, int) or isinstance(index, bool):
            raise _invalid(operation, "_host_index", index, "int_type")
        if index < 0:
            raise _invalid(operation, "_host_index", index, "greater_than_equal", {"ge": 0})
        if index > highest:
            raise _invalid(operation, "_host_index", index, "less_than_equal", {"le": highest})
    if not servers or configuration.ignore_operation_servers:
        return configuration.host
    if index is None:
        index = configuration.server_operation_index.get(operation.name, 0)
    variables = configuration.server_operation_variables.get(operation.name) or {}
    return configuration.get_host_from_settings(index, variables, servers)


def _check_timeout(operation: Operation[Any], timeout: Any) -> None:
    """`_request_timeout`: seconds, or (connect, read) seconds, each > 0; None: the configured."""
    if timeout is None or _seconds(timeout):
        return
    pair = isinstance(timeout, tuple) and len(timeout) == 2
    if pair and all(part is None or _seconds(part) for part in timeout):
        return
    error = PydanticCustomError(
        "request_timeout",
        "Input should be a number of seconds greater than 0, or a (connect, read) pair of them",
    )
    raise _invalid(operation, "_request_timeout", timeout, error)


def _seconds(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


def _invalid(
    operation: Operation[Any],
    name: str,
    value: Any,
    error: Union[str, PydanticCustomError],
    context: Optional[dict[str, Any]] = None,
) -> ValidationError:
    """pydantic's ValidationError, as OpenAPI Generator's validated methods raise for bad options."""
    line: Any = {"type": error, "loc": (name,), "input": value}
    if context:
        line["ctx"] = context
    title = operation.name or f"{operation.method} {operation.path}"
    return ValidationError.from_exception_data(title, [line])


def _path_segment(param: Param, value: Any, wire: Wire, safe: str) -> str:
    style = param.style if param.style in ("simple", "label", "matrix") else "simple"
    text = expand(param.wire, value, style, param.explode, "path", wire, safe=safe) or ""
    # `.` and `..` would climb the URL's path: send them encoded.
    return text.replace(".", "%2E") if text in (".", "..") else text


# RFC 6265 cookie-name (a token) and cookie-value octets.
_COOKIE_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_COOKIE_VALUE = re.compile(r"[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*")


def cookie_pair(name: str, value: str) -> str:
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
            put_header(headers, key, header_value(key, value))
            secrets.append(key)
        elif location == "query":
            query.append((quote(key, safe=""), quote(value, safe="")))
        elif location == "cookie":
            cookies.append(cookie_pair(key, value))
            secrets.append("Cookie")
    return tuple(secrets)
