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

import rstr

_UUID_NAMESPACE = uuid.UUID("6f1c2a5e-0b4d-4c1e-9a7f-3d2b8e5c4a10")
_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Where:
    """Which value: the property or parameter's name (for readable strings), and its index among
    siblings (so array items differ)."""

    name: str = ""
    variant: int = 0


def number_value(schema: Mapping[str, Any], integral: bool, variant: int = 0) -> int | float:
    """1 (integer) or 1.5, plus the variant, moved inside the bounds and onto multipleOf."""
    gap = 1 if integral else 0  # integers: exclusive bounds become inclusive ones
    low, high = schema.get("minimum"), schema.get("maximum")
    low = low if isinstance(low, (int, float)) and not isinstance(low, bool) else None
    high = high if isinstance(high, (int, float)) and not isinstance(high, bool) else None
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(ex_low, bool):  # 3.0: a flag on minimum; 3.1: the bound itself
        low = low + gap if ex_low and low is not None else low
    elif isinstance(ex_low, (int, float)):
        low = ex_low + gap
    if isinstance(ex_high, bool):
        high = high - gap if ex_high and high is not None else high
    elif isinstance(ex_high, (int, float)):
        high = ex_high - gap
    value: float = (1 if integral else 1.5) + variant
    if low is not None and value <= low:
        value = low if integral else (low + high) / 2 if high is not None else low + 1
    if high is not None and value >= high:
        value = high if integral else (low + high) / 2 if low is not None else high - 1
    step = schema.get("multipleOf")
    if isinstance(step, (int, float)) and step > 0:
        value = step * math.ceil(value / step)
        value = value - step if high is not None and value > high else value
    return math.ceil(value) if integral else float(value)


def string_value(schema: Mapping[str, Any], name: str = "", variant: int = 0) -> tuple[str, bool]:
    """A string the schema accepts (format, lengths, pattern), and whether it surely does.

    Deterministic: a pattern's string is drawn by rstr from a generator seeded with the
    pattern, so the same schema always gives the same value.
    """
    ctx = Where(name, variant)
    value = formatted(str(schema.get("format", "")), ctx)
    if value is None or not _fits_length(schema, value):
        value = name or "string"
        if variant:
            value = f"{value}-{variant}"
        min_len, max_len = schema.get("minLength", 0), schema.get("maxLength")
        value = value.ljust(min_len if isinstance(min_len, int) else 0, "x")
        if isinstance(max_len, int):
            value = value[:max_len]
    pattern = schema.get("pattern")
    if not isinstance(pattern, str):
        return value, True
    candidates = [value, "a", "A", "0", "1", "a1", "abc", "ABC", "123", "a-b", "a_b"]
    try:
        matching = [c for c in candidates if re.search(pattern, c) and _fits_length(schema, c)]
        if not matching:
            drawn = rstr.Rstr(random.Random(pattern)).xeger(pattern)
            # Kept short: an untrusted pattern may backtrack badly on a long string.
            fits = len(drawn) <= 200 and _fits_length(schema, drawn)
            matching = [drawn] if fits and re.search(pattern, drawn) else []
    except (re.error, ValueError, IndexError, OverflowError):
        matching = []
    return (matching[0], True) if matching else (value, False)


def _fits_length(schema: Mapping[str, Any], value: str) -> bool:
    max_len = schema.get("maxLength")
    return len(value) >= schema.get("minLength", 0) and (not isinstance(max_len, int) or len(value) <= max_len)


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
