"""When to try a request again, and how long to wait first (shared by sync and async clients)."""

from __future__ import annotations

import email.utils
import random
import time
from typing import Optional

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
RETRY_STATUSES = frozenset({429, 503})


def may_retry(method: str, opted_in: bool) -> bool:
    return opted_in or method.upper() in IDEMPOTENT_METHODS


def wait_seconds(attempt: int, backoff: float, retry_after: Optional[str], cap: float) -> float:
    """Retry-After when the server gives one, else exponential backoff with jitter (50-100% of the step)."""
    if retry_after:
        seconds = _parse_retry_after(retry_after)
        if seconds is not None:
            return min(max(seconds, 0.0), cap)
    return min(backoff * (2.0**attempt) * (0.5 + random.random() / 2), cap)


def _parse_retry_after(value: str) -> Optional[float]:
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - time.time()
