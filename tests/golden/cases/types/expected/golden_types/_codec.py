"""Values to the wire and back: JSON-ready data, parameter text, and typed response bodies."""

from __future__ import annotations

import datetime
import decimal
import enum
import json
import uuid
from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import Any, ClassVar, Optional, Union

from pydantic import BaseModel

from golden_types._model import READING

_MODELS = "golden_types.models"


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


class _TypeNamespace(Mapping[str, Any]):
    """Names a return-type expression may use; model classes are imported on first use."""

    _BUILTIN: ClassVar[dict[str, Any]] = {
        "Union": Union,
        "Optional": Optional,
        "Any": Any,
        "datetime": datetime.datetime,
        "date": datetime.date,
        "Decimal": decimal.Decimal,
        "list": list,
        "dict": dict,
        "str": str,
        "int": int,
        "float": float,
        "bool": bool,
        "object": object,
        "bytearray": bytearray,
        "bytes": bytes,
    }

    def __getitem__(self, name: str) -> Any:
        if name in self._BUILTIN:
            return self._BUILTIN[name]
        try:
            return getattr(import_module(_MODELS), name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._BUILTIN)

    def __len__(self) -> int:
        return len(self._BUILTIN)


_NAMESPACE = _TypeNamespace()
# Responses are read as sent: constraints (Limits) apply only to what the client builds.
_READING = {READING: True}
_ADAPTERS: dict[str, Any] = {}


def adapter(expression: str) -> Any:
    """A cached pydantic TypeAdapter for a type expression the generator wrote (`list[Interval]`)."""
    found = _ADAPTERS.get(expression)
    if found is None:
        from pydantic import TypeAdapter

        # The expression is generator-written: identifiers and typing brackets only.
        found = TypeAdapter(eval(expression, {"__builtins__": {}}, _NAMESPACE))
        _ADAPTERS[expression] = found
    return found


def type_for_status(returns: Mapping[str, str], status: int) -> Optional[str]:
    """The declared body type for a status: exact code, then `2XX`-style, then `default`."""
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in returns:
            return returns[key]
    return None


def decode(expression: str, content_type: str, data: bytes) -> Any:
    """The body as the declared type. Raises ValueError when it does not match."""
    if not expression:
        return None
    if expression == "bytearray":
        return bytearray(data)
    if expression in ("bytes", "Union[bytes, str]"):
        return bytes(data)
    if not data:
        return None
    is_json = "json" in content_type.lower() or not content_type
    if expression == "str" and not is_json:
        return data.decode("utf-8", "replace")
    try:
        return adapter(expression).validate_json(data, context=_READING)
    except Exception as exc:
        if expression == "str":
            return data.decode("utf-8", "replace")
        raise ValueError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
