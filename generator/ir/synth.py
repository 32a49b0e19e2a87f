"""Values a schema accepts, made up deterministically: for the mock server's answers and for the
examples in the docs (which run against it). Light on imports: the generator uses it too."""

from __future__ import annotations

import base64
import math
import random
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from rstr.xeger import Xeger

from generator.read.patterns import search

_UUID_NAMESPACE = uuid.UUID("6f1c2a5e-0b4d-4c1e-9a7f-3d2b8e5c4a10")
_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Where:
    """Which value: the property or parameter's name (for readable strings), and its index among
    siblings (so array items differ)."""

    name: str = ""
    variant: int = 0


def number_value(schema: Mapping[str, Any], integral: bool, variant: int = 0) -> int | float:
    """1 (integer) or 1.5, plus the variant, moved inside the bounds and onto multipleOf.

    Bounds and steps are spec numbers: one no float holds (`10**400`, `multipleOf: 1e-320`) gives
    the nearest bound as it is, never an OverflowError.
    """
    low, high = _number(schema.get("minimum")), _number(schema.get("maximum"))
    try:
        return _fitted_number(schema, integral, variant, low, high)
    except (OverflowError, ValueError, ZeroDivisionError):
        bound = low if low is not None else high if high is not None else 1
        return math.ceil(bound) if integral else float(bound) if abs(bound) < 1e308 else 1.5


def _number(value: Any) -> int | float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _fitted_number(schema: Mapping[str, Any], integral: bool, variant: int, low: float | None,
                   high: float | None) -> int | float:
    gap = 1 if integral else 0  # integers: exclusive bounds become inclusive ones
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(ex_low, bool):  # 3.0: a flag on minimum; 3.1: the bound itself
        low = low + gap if ex_low and low is not None else low
    elif (bound := _number(ex_low)) is not None:
        low = bound + gap
    if isinstance(ex_high, bool):
        high = high - gap if ex_high and high is not None else high
    elif (bound := _number(ex_high)) is not None:
        high = bound - gap
    value: int | float = (1 if integral else 1.5) + variant
    if low is not None and value <= low:
        value = low if integral else (low + high) / 2 if high is not None else low + 1
    if high is not None and value >= high:
        value = high if integral else (low + high) / 2 if low is not None else high - 1
    step = _number(schema.get("multipleOf"))
    if step is not None and step > 0:
        if isinstance(value, int) and isinstance(step, int):  # exact: a 4,000-digit bound stays one
            value = -(-value // step) * step
        else:
            value = step * math.ceil(value / step)
        value = value - step if high is not None and value > high else value
    return math.ceil(value) if integral else float(value)


# Made-up values stay small, whatever lengths and counts a spec asks for: a longer minLength or a
# larger minItems gives a value that is too short (and said to be unsure), not a gigabyte.
MAX_LENGTH = 256
MAX_ITEMS = 16
# Steps rstr may take drawing one string from a pattern (`(a{100}){100}{100}` would be 10**6 chars).
_DRAW_BUDGET = 2_000


def length_bounds(schema: Mapping[str, Any]) -> tuple[int, int | None]:
    """(minLength, maxLength) as the schema gives them, when they are non-negative integers."""
    low, high = schema.get("minLength"), schema.get("maxLength")
    low = low if isinstance(low, int) and not isinstance(low, bool) and low > 0 else 0
    high = high if isinstance(high, int) and not isinstance(high, bool) and high >= 0 else None
    return low, high


def string_value(schema: Mapping[str, Any], name: str = "", variant: int = 0) -> tuple[str, bool]:
    """A string the schema accepts (format, lengths, pattern), and whether it surely does.

    Deterministic: a pattern's string is drawn by rstr from a generator seeded with the
    pattern, so the same schema always gives the same value. Patterns run in linear time
    (`patterns.search`); one that cannot be run, or that would draw a long string, makes the
    value unsure rather than slow.
    """
    ctx = Where(name, variant)
    min_len, max_len = length_bounds(schema)
    value = formatted(str(schema.get("format", "")), ctx)
    if value is None or not _fits_length(schema, value):
        value = (name or "string")[:MAX_LENGTH]
        if variant:
            value = f"{value}-{variant}"
        value = value.ljust(min(min_len, MAX_LENGTH), "x")
        if max_len is not None:
            value = value[:max_len]
    pattern = schema.get("pattern")
    if not isinstance(pattern, str):
        return value, _fits_length(schema, value)
    candidates = [value, "a", "A", "0", "1", "a1", "abc", "ABC", "123", "a-b", "a_b"]
    matching = [c for c in candidates if search(pattern, c) and _fits_length(schema, c)]
    if not matching:
        drawn = _draw(pattern)
        matching = [drawn] if drawn is not None and _fits_length(schema, drawn) and search(pattern, drawn) else []
    return (matching[0], True) if matching else (value, False)


def _fits_length(schema: Mapping[str, Any], value: str) -> bool:
    min_len, max_len = length_bounds(schema)
    return len(value) >= min_len and (max_len is None or len(value) <= max_len)


class _TooLong(Exception):
    pass


class _BoundedXeger(Xeger):
    """rstr's string drawing with a budget of steps, each character made counted as one; a
    character class takes its first 256 members (enough to draw from, and verified after)."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self._left = _DRAW_BUDGET
        cases: dict[str, Any] = dict(self._cases)
        cases["range"] = lambda x: [chr(i) for i in range(x[0], min(x[1], x[0] + 255) + 1)]
        self._cases = cases

    def _handle_state(self, state: Any) -> Any:
        self._left -= 1
        result = super()._handle_state(state)
        self._left -= len(result) if isinstance(result, str) else 0
        if self._left < 0:
            raise _TooLong
        return result


def _draw(pattern: str) -> str | None:
    """A string drawn from `pattern` within the budget, or None (unparseable, too long, empty class)."""
    try:
        return str(_BoundedXeger(random.Random(pattern)).xeger(pattern))
    except (_TooLong, re.error, ValueError, IndexError, KeyError, OverflowError, RecursionError, TypeError):
        return None


def formatted(fmt: str, ctx: Where) -> str | None:
    """A value of a string format, or None for formats without a special form."""
    n = ctx.variant
    when = _EPOCH + timedelta(days=n)
    values: dict[str, Callable[[], str]] = {
        "date-time": lambda: when.isoformat().replace("+00:00", "Z"),
        "date": lambda: date(2024, 1, 1 + n % 28).isoformat(),
        "time": lambda: f"12:00:{n % 60:02d}Z",
        "uuid": lambda: str(uuid.uuid5(_UUID_NAMESPACE, f"{ctx.name}/{n}")),
        "email": lambda: f"user{n or ''}@example.com",
        "uri": lambda: f"https://example.com/{ctx.name or 'resource'}/{n}",
        "hostname": lambda: f"host{n or ''}.example.com",
        "ipv4": lambda: f"192.0.2.{1 + n % 250}",
        "ipv6": lambda: f"2001:db8::{1 + n % 250:x}",
        "byte": lambda: base64.b64encode(f"{ctx.name or 'data'}-{n}".encode()).decode(),
        "binary": lambda: f"binary data {n}",
        "password": lambda: "password",
        "json": lambda: "{}",
        "duration": lambda: f"PT{1 + n}H",
    }
    for alias, canonical in (("url", "uri"), ("uri-reference", "uri"), ("iri", "uri")):
        values[alias] = values[canonical]
    make = values.get(fmt)
    return make() if make else None
