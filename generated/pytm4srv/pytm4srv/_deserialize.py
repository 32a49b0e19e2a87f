"""OpenAPI Generator's `ApiClient.deserialize`: response text and a type written as a string
(`"List[Pet]"`, `"Dict[str, int]"`, `"date"`) to Python values.

The type string is parsed (never evaluated); model names are looked up in the package's
`models`. Values are built as OpenAPI Generator builds them: models with `from_dict`, enums and
primitives by calling the class, dates and date-times from ISO 8601 text.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import functools
import json
import os
import re
import tempfile
import uuid
from collections.abc import Mapping
from importlib import import_module
from typing import Any, Optional

from .exceptions import ApiException, ApiValueError

__all__ = ["NATIVE_TYPES", "deserialize", "parse_type", "response_type_for", "save_file", "to_type"]

NATIVE_TYPES: dict[str, Any] = {
    "int": int,
    "long": int,
    "float": float,
    "str": str,
    "bool": bool,
    "bytes": bytes,
    "bytearray": bytearray,
    "date": datetime.date,
    "datetime": datetime.datetime,
    "decimal": decimal.Decimal,
    "UUID": uuid.UUID,
    "object": object,
}
_PRIMITIVES = (float, bool, bytes, bytearray, str, int)
_JSON = re.compile(r"^application/(json|[\w!#$&.+\-^_]+\+json)\s*(;|$)", re.IGNORECASE)
_TEXT = re.compile(r"^text/[a-z.+-]+\s*(;|$)", re.IGNORECASE)
_TOKEN = re.compile(r"\s*(?:([A-Za-z_][A-Za-z0-9_.]*)|(.))")
_MAX_DEPTH = 64
_STRINGS = frozenset({"str", "Optional[str]"})

# A parsed type: (name, arguments); `List[Pet]` is ("List", (("Pet", ()),)).
TypeNode = tuple[str, tuple[Any, ...]]


def deserialize(response_text: str, response_type: str, content_type: Optional[str]) -> Any:
    """The body as `response_type`: JSON for JSON media types (`+json` and parameters too),
    the text itself for `text/*`, JSON if it parses and else the text when there is no
    Content-Type; any other media type raises ApiException. A `str` is the text itself unless
    it is a JSON string."""
    data: Any
    if response_type in _STRINGS and (content_type is None or _JSON.match(content_type)):
        # A declared string is the text as sent, unless it is a JSON string (never str() of
        # parsed JSON, never an error): the rule of the operations' own decoding (_codec.decode).
        try:
            data = json.loads(response_text)
        except ValueError:
            return response_text
        return data if isinstance(data, str) else response_text
    if content_type is None:
        try:
            data = json.loads(response_text)
        except ValueError:
            data = response_text
    elif _JSON.match(content_type):
        data = "" if response_text == "" else json.loads(response_text)
    elif _TEXT.match(content_type):
        data = response_text
    else:
        raise ApiException(status=0, reason=f"Unsupported content type: {content_type}")
    return to_type(data, parse_type(response_type))


@functools.lru_cache(maxsize=256)
def parse_type(text: str) -> TypeNode:
    """`"Dict[str, List[Pet]]"` → ("Dict", (("str", ()), ("List", (("Pet", ()),))))."""
    tokens = [(m.group(1), m.group(2)) for m in _TOKEN.finditer(text.strip()) if m.group(0).strip()]
    node, end = _parse(tokens, 0, 0, text)
    if end != len(tokens):
        raise ApiValueError(f"malformed type {text!r}")
    return node


def _parse(tokens: list[tuple[Any, Any]], at: int, depth: int, text: str) -> tuple[TypeNode, int]:
    if depth > _MAX_DEPTH or at >= len(tokens) or tokens[at][0] is None:
        raise ApiValueError(f"malformed type {text!r}")
    name, at = tokens[at][0], at + 1
    if at >= len(tokens) or tokens[at][1] != "[":
        return (name, ()), at
    arguments = []
    while True:
        argument, at = _parse(tokens, at + 1, depth + 1, text)
        arguments.append(argument)
        if at < len(tokens) and tokens[at][1] == ",":
            continue
        if at < len(tokens) and tokens[at][1] == "]":
            return (name, tuple(arguments)), at + 1
        raise ApiValueError(f"malformed type {text!r}")


def to_type(data: Any, node: TypeNode) -> Any:
    """`data` (as json.loads gives it) as the type `node` stands for."""
    if data is None:
        return None
    name, arguments = node
    if name == "Optional" and len(arguments) == 1:
        return to_type(data, arguments[0])
    if name in ("List", "list") and len(arguments) == 1:
        if not isinstance(data, list):
            raise _failed(data, name)
        return [to_type(item, arguments[0]) for item in data]
    if name in ("Dict", "dict") and len(arguments) == 2:
        if not isinstance(data, dict):
            raise _failed(data, name)
        return {key: to_type(value, arguments[1]) for key, value in data.items()}
    if name == "Union" and arguments:
        for member in arguments[:-1]:
            try:
                return to_type(data, member)
            except (ValueError, TypeError, ApiException):
                continue
        return to_type(data, arguments[-1])
    if arguments:
        raise ApiValueError(f"unsupported type {name}[...]")
    return _to_class(data, _class(name))


def _class(name: str) -> Any:
    native = NATIVE_TYPES.get(name)
    if native is not None:
        return native
    package = __name__.rpartition(".")[0]
    try:
        return getattr(import_module(f"{package}.models"), name)
    except (ImportError, AttributeError):
        raise ApiValueError(f"unknown type {name!r}: not a model of {package}") from None


def _to_class(data: Any, klass: Any) -> Any:
    if klass in _PRIMITIVES:
        try:
            return klass(data)
        except UnicodeEncodeError:
            return str(data)
        except TypeError:
            return data
    if klass is object:
        return data
    if klass is datetime.date:
        return _parse_time(data, datetime.date)
    if klass is datetime.datetime:
        return _parse_time(data, datetime.datetime)
    if klass is decimal.Decimal:
        return decimal.Decimal(data)
    if klass is uuid.UUID:
        return uuid.UUID(data)
    if isinstance(klass, type) and issubclass(klass, enum.Enum):
        try:
            return klass(data)
        except ValueError:
            raise _failed(data, klass.__name__) from None
    from_dict = getattr(klass, "from_dict", None)
    return from_dict(data) if from_dict is not None else klass.model_validate(data)


@functools.lru_cache(maxsize=8)
def _adapter(kind: type) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(kind)


def _parse_time(data: Any, kind: type) -> Any:
    """A date or date-time from ISO 8601 text (a date from a date-time: its date part)."""
    try:
        if kind is datetime.date and isinstance(data, str) and len(data.strip()) > 10:
            return _adapter(datetime.datetime).validate_python(data.strip()).date()
        return _adapter(kind).validate_python(data.strip() if isinstance(data, str) else data)
    except ValueError:
        raise ApiException(
            status=0, reason=f"Failed to parse `{data}` as {kind.__name__} object"
        ) from None


def _failed(data: Any, kind: str) -> ApiException:
    return ApiException(status=0, reason=f"Failed to parse `{data}` as `{kind}`")


def response_type_for(types: Mapping[str, Optional[str]], status: Any) -> Optional[str]:
    """The type `types` gives a status, as OpenAPI Generator looks it up: the status itself,
    then its range (`"2XX"`), then `"default"` when neither is listed."""
    in_range = isinstance(status, int) and 100 <= status <= 599
    range_key = f"{str(status)[0]}XX"
    found = types.get(str(status))
    if not found and in_range:
        found = types.get(range_key)
    if (
        found is None
        and str(status) not in types
        and (not in_range or range_key not in types)
        and "default" in types
    ):
        found = types["default"]
    return found


def save_file(data: bytes, headers: Mapping[str, str], folder: Optional[str]) -> str:
    """Save a body in a temporary folder (`folder`), under the file name its
    Content-Disposition gives if any (never outside the folder); the path of the file."""
    handle, path = tempfile.mkstemp(dir=folder)
    os.close(handle)
    disposition = headers.get("Content-Disposition")
    if disposition:
        match = re.search(r"filename=[\'\"]?([^\'\"\s]+)[\'\"]?", disposition)
        name = os.path.basename(match.group(1)) if match else ""
        if name not in ("", ".", ".."):
            os.remove(path)
            path = os.path.join(os.path.dirname(path), name)
    with open(path, "wb") as output:
        output.write(data)
    return path
