"""How long a call may take, and when to try a request again (shared by sync and async clients)."""

from __future__ import annotations

import email.utils
import math
import os
import random
import socket
import threading
import time
from typing import Any, Optional, Union

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
RETRY_STATUSES = frozenset({429, 503})
# A call's `_request_timeout` (or Configuration.timeout): seconds, or (connect, read), or None.
TimeoutArg = Union[None, float, tuple[float, float]]


def may_retry(method: str, opted_in: bool) -> bool:
    return opted_in or method.upper() in IDEMPOTENT_METHODS


def retry_count(retries: Any) -> int:
    """Configuration.retries as a number of attempts after the first: an int, or a urllib3
    Retry as OpenAPI Generator's clients take it (its `total`; none when that is not a number)."""
    total = getattr(retries, "total", retries)
    return total if isinstance(total, int) and not isinstance(total, bool) and total > 0 else 0


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


class Budget:
    """The time one call may take, from its timeout; deadlines are `time.monotonic()` values.

    A number bounds the whole call: connecting, sending, reading the whole answer, redirects,
    retries and the waits between them. A (connect, read) pair bounds each request of the call
    (every retry and redirect gets it anew): connecting may take `connect` seconds, and once the
    request is sent the whole answer, headers and body, must arrive within `read` seconds. The
    transports' own timeouts only bound each read of the socket, which a server sending one byte
    at a time never runs into; these deadlines end such a call too. None: no limit.
    """

    __slots__ = ("connect", "end", "read", "total")

    def __init__(self, timeout: TimeoutArg) -> None:
        self.connect: Optional[float] = None
        self.read: Optional[float] = None
        self.total: Optional[float] = None
        self.end: Optional[float] = None
        if isinstance(timeout, tuple):
            self.connect, self.read = _seconds(timeout[0]), _seconds(timeout[1])
        elif timeout is not None:
            self.total = float(timeout)
            self.end = time.monotonic() + self.total

    def sending(self) -> Optional[float]:
        """The deadline of a request being connected and sent, from now."""
        if self.read is None:
            return self.end
        return time.monotonic() + (self.connect or 0.0) + self.read

    def reading(self) -> Optional[float]:
        """The deadline of the answer to a request sent just now."""
        if self.read is None:
            return self.end
        return time.monotonic() + self.read

    def remaining(self) -> Optional[float]:
        """Seconds left of a whole-call deadline (None: the call has none)."""
        if self.end is None:
            return None
        return max(self.end - time.monotonic(), 0.0)

    def allows_wait(self, seconds: float) -> bool:
        """Whether waiting `seconds` before a retry still leaves time for it."""
        return self.end is None or time.monotonic() + seconds < self.end

    def expired(self) -> bool:
        return self.end is not None and time.monotonic() >= self.end

    def describe(self) -> str:
        """What ran out, as the reason of the ApiException: `TimeoutError: timed out ...`."""
        if self.read is not None:
            return f"TimeoutError: timed out: no whole answer within {self.read:g} s (read timeout)"
        return f"TimeoutError: timed out: the call took longer than its timeout of {self.total:g} s"


def _seconds(value: Optional[float]) -> Optional[float]:
    return None if value is None else float(value)


class Watch:
    """The call running in one thread of the sync client: its deadline and its connection."""

    __slots__ = ("budget", "conn", "deadline", "fired")

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.conn: Any = None  # the urllib3 connection in use: `sock`, `call_watch`
        self.deadline = math.inf
        self.fired = False  # the deadline passed: whatever the call got is cut short


class Watchdog:
    """A thread that shuts down the socket of a call whose deadline has passed.

    That wakes a read blocked on it: urllib3's timeouts bound each read of the socket, which a
    server sending its answer a byte at a time never runs into. One daemon thread serves the
    whole process and sleeps until the earliest deadline; a call that ends in time costs a few
    set operations under a lock. The connections tell it which socket a call is using (rest.py).
    """

    def __init__(self) -> None:
        self._start()
        self._local = threading.local()  # .watch: the Watch of the call this thread is making
        if hasattr(os, "register_at_fork"):  # a forked child has no thread, maybe a held lock
            os.register_at_fork(after_in_child=self._start)

    def _start(self) -> None:
        self._lock = threading.Condition()
        self._watches: set[Watch] = set()
        self._wake = math.inf
        self._thread: Optional[threading.Thread] = None

    def begin(self, budget: Budget) -> Watch:
        """A call starts in this thread."""
        watch = self._local.watch = Watch(budget)
        return watch

    def end(self, watch: Watch) -> None:
        self._local.watch = None
        self.forget(watch)

    def forget(self, watch: Watch) -> None:
        """No deadline for `watch` until a connection claims it again (a new attempt)."""
        with self._lock:
            self._watches.discard(watch)
            watch.deadline, watch.fired = math.inf, False

    def claim(self, conn: Any, reading: bool) -> None:
        """`conn` is sending a request of this thread's call, or awaiting the answer to it."""
        watch: Optional[Watch] = getattr(self._local, "watch", None)
        if watch is None:
            return
        deadline = watch.budget.reading() if reading else watch.budget.sending()
        with self._lock:
            watch.conn, conn.call_watch = conn, watch
            watch.deadline = math.inf if deadline is None else deadline
            if deadline is None:
                self._watches.discard(watch)
            elif deadline <= time.monotonic():
                self._fire(watch)
            else:
                self._watches.add(watch)
                if deadline < self._wake:
                    self._wake = deadline
                    self._wake_up()

    def release(self, conn: Any) -> None:
        """`conn` is back in its pool: no call's any more, whatever their deadlines."""
        if conn is not None:
            with self._lock:
                conn.call_watch = None

    def _wake_up(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="api-deadlines", daemon=True)
            self._thread.start()
        else:
            self._lock.notify()

    def _run(self) -> None:
        with self._lock:
            while True:
                now = time.monotonic()
                for watch in [w for w in self._watches if w.deadline <= now]:
                    self._fire(watch)
                self._wake = min((w.deadline for w in self._watches), default=math.inf)
                self._lock.wait(None if self._wake == math.inf else self._wake - now)

    def _fire(self, watch: Watch) -> None:
        """With the lock held: mark the call timed out and shut its socket down."""
        self._watches.discard(watch)
        watch.fired = True
        conn = watch.conn
        sock = conn.sock if conn is not None and conn.call_watch is watch else None
        sock = getattr(sock, "socket", sock)  # urllib3's TLS-in-TLS wrapper holds the socket
        if isinstance(sock, socket.socket):
            try:  # the socket itself, not its TLS layer, which the reading thread is using
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass


WATCHDOG = Watchdog()
