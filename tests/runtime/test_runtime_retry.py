"""generator/runtime/_retry.py: when to retry, how long to wait, how long a call may take."""

from __future__ import annotations

import email.utils
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import urllib3

from generator.runtime._retry import (
    IDEMPOTENT_METHODS,
    WATCHDOG,
    Budget,
    Watch,
    may_retry,
    retry_count,
    wait_seconds,
)


@pytest.mark.parametrize("method", ["GET", "get", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"])
def test_idempotent_methods_are_retried(method: str) -> None:
    assert may_retry(method, opted_in=False)


@pytest.mark.parametrize("method", ["POST", "PATCH", "post"])
def test_other_methods_only_when_the_call_opts_in(method: str) -> None:
    assert not may_retry(method, opted_in=False)
    assert may_retry(method, opted_in=True)
    assert method.upper() not in IDEMPOTENT_METHODS


def test_retry_after_in_seconds_is_honoured_up_to_the_cap() -> None:
    assert wait_seconds(0, 0.5, "3", cap=30) == 3.0
    assert wait_seconds(5, 0.5, " 7 ", cap=30) == 7.0
    assert wait_seconds(0, 0.5, "3600", cap=2.5) == 2.5


def test_retry_after_as_an_http_date() -> None:
    future = email.utils.formatdate(time.time() + 20, usegmt=True)
    assert 17 < wait_seconds(0, 0.5, future, cap=30) <= 20
    past = email.utils.formatdate(time.time() - 3600, usegmt=True)
    assert wait_seconds(0, 0.5, past, cap=30) == 0.0  # a date gone by means now


@pytest.mark.parametrize("header", [None, "", "soon", "-1", "1.5"])
def test_without_a_usable_retry_after_the_backoff_doubles_with_jitter(header: str | None) -> None:
    for attempt in range(4):
        step = 0.1 * 2**attempt
        waits = [wait_seconds(attempt, 0.1, header, cap=60) for _ in range(200)]
        assert all(step / 2 <= w <= step for w in waits)
        assert max(waits) - min(waits) > step / 10  # jittered, not one fixed value
    assert wait_seconds(20, 0.1, header, cap=3) == 3


# --------------------------------------------------------------------------- Budget


def test_no_timeout_no_deadline() -> None:
    budget = Budget(None)
    assert (budget.sending(), budget.reading(), budget.remaining(), budget.end) == (None, None, None, None)
    assert budget.allows_wait(1e9) and not budget.expired()


def test_a_number_is_one_deadline_for_the_whole_call() -> None:
    before = time.monotonic()
    budget = Budget(5)
    assert budget.end is not None and before + 5 <= budget.end <= time.monotonic() + 5
    assert budget.sending() == budget.reading() == budget.end  # for every request of the call
    remaining = budget.remaining()
    assert remaining is not None and 4 < remaining <= 5
    assert budget.allows_wait(3) and not budget.allows_wait(5)
    assert not budget.expired()
    assert budget.describe() == "TimeoutError: timed out: the call took longer than its timeout of 5 s"


def test_a_number_runs_out() -> None:
    budget = Budget(0.05)
    time.sleep(0.06)
    assert budget.expired() and budget.remaining() == 0.0 and not budget.allows_wait(0.0)


def test_a_pair_bounds_each_request() -> None:
    budget = Budget((2.0, 0.5))
    assert (budget.connect, budget.read, budget.end, budget.remaining()) == (2.0, 0.5, None, None)
    now = time.monotonic()
    sending, reading = budget.sending(), budget.reading()
    assert sending is not None and now + 2.5 <= sending <= time.monotonic() + 2.5  # connect + read
    assert reading is not None and now + 0.5 <= reading <= time.monotonic() + 0.5  # from the request sent
    assert budget.allows_wait(3600) and not budget.expired()  # waits between attempts are the retries' own
    assert budget.describe() == "TimeoutError: timed out: no whole answer within 0.5 s (read timeout)"


def test_a_pair_without_a_read_part() -> None:
    budget = Budget((1.0, None))  # type: ignore[arg-type]
    assert (budget.sending(), budget.reading()) == (None, None)


# --------------------------------------------------------------------------- Watchdog


class Connection:
    """What the watchdog knows of a urllib3 connection: its socket, and whose call it serves."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.call_watch: Any = None


@pytest.fixture
def pair() -> Iterator[tuple[socket.socket, socket.socket]]:
    a, b = socket.socketpair()
    with a, b:
        yield a, b


def blocked_read(sock: socket.socket, timeout: float = 3.0) -> tuple[bytes | None, float]:
    """(what a read blocked on `sock` got, None if it timed out; how long it waited)."""
    sock.settimeout(timeout)
    started = time.monotonic()
    try:
        return sock.recv(10), time.monotonic() - started
    except TimeoutError:
        return None, time.monotonic() - started


def test_a_read_blocked_past_the_deadline_is_woken(pair: tuple[socket.socket, socket.socket]) -> None:
    ours, server = pair
    watch = WATCHDOG.begin(Budget(0.3))
    try:
        WATCHDOG.claim(Connection(ours), reading=True)
        server.sendall(b"a")  # a trickle: every byte in time for a per-read timeout
        assert ours.recv(10) == b"a"
        got, waited = blocked_read(ours)
        assert got == b"" and 0.2 < waited < 2.0  # shut down: end of stream at the deadline
        assert watch.fired
    finally:
        WATCHDOG.end(watch)


def test_a_pair_timeout_starts_reading_time_once_the_request_is_sent(pair: tuple[socket.socket, socket.socket]
                                                                    ) -> None:
    ours, _ = pair
    watch = WATCHDOG.begin(Budget((5.0, 0.3)))
    try:
        conn = Connection(ours)
        WATCHDOG.claim(conn, reading=False)
        assert watch.deadline > time.monotonic() + 5
        WATCHDOG.claim(conn, reading=True)
        got, waited = blocked_read(ours)
        assert got == b"" and waited < 2.0 and watch.fired
    finally:
        WATCHDOG.end(watch)


def test_a_connection_back_in_its_pool_is_left_alone(pair: tuple[socket.socket, socket.socket]) -> None:
    ours, server = pair
    watch = WATCHDOG.begin(Budget(0.2))
    try:
        conn = Connection(ours)
        WATCHDOG.claim(conn, reading=True)
        WATCHDOG.release(conn)  # another call may take it now
        time.sleep(0.4)
        assert watch.fired  # the call is late, but the socket is no longer its own
        server.sendall(b"still open")
        assert ours.recv(10) == b"still open"
    finally:
        WATCHDOG.end(watch)


def test_a_call_that_ends_in_time_leaves_nothing_behind(pair: tuple[socket.socket, socket.socket]) -> None:
    ours, _ = pair
    watch = WATCHDOG.begin(Budget(0.2))
    WATCHDOG.claim(Connection(ours), reading=True)
    WATCHDOG.end(watch)
    got, _ = blocked_read(ours, timeout=0.5)
    assert got is None and not watch.fired  # timed out on its own: nobody shut it down


def test_without_a_call_in_this_thread_nothing_is_watched(pair: tuple[socket.socket, socket.socket]) -> None:
    ours, _ = pair
    conn = Connection(ours)
    WATCHDOG.claim(conn, reading=True)
    assert conn.call_watch is None


def test_a_deadline_already_passed_fires_at_once(pair: tuple[socket.socket, socket.socket]) -> None:
    ours, _ = pair
    budget = Budget(0.01)
    time.sleep(0.02)
    watch = WATCHDOG.begin(budget)
    try:
        WATCHDOG.claim(Connection(ours), reading=False)
        assert watch.fired
        assert ours.recv(10) == b""
    finally:
        WATCHDOG.end(watch)


def test_one_thread_serves_many_calls_each_at_its_own_deadline() -> None:
    results: dict[float, tuple[bytes | None, float, bool]] = {}

    def call(seconds: float) -> None:
        ours, server = socket.socketpair()
        with ours, server:
            watch = WATCHDOG.begin(Budget(seconds))
            try:
                WATCHDOG.claim(Connection(ours), reading=True)
                got, waited = blocked_read(ours)
                results[seconds] = (got, waited, watch.fired)
            finally:
                WATCHDOG.end(watch)

    threads = [threading.Thread(target=call, args=(s,)) for s in (0.6, 0.2, 0.4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert sorted(results) == [0.2, 0.4, 0.6]
    for seconds, (got, waited, fired) in results.items():
        assert got == b"" and fired and seconds - 0.1 < waited < seconds + 1.0


def test_forget_clears_a_fired_deadline_for_the_next_attempt(pair: tuple[socket.socket, socket.socket]) -> None:
    ours, _ = pair
    watch = WATCHDOG.begin(Budget((1.0, 0.1)))
    try:
        WATCHDOG.claim(Connection(ours), reading=True)
        time.sleep(0.3)
        assert watch.fired
        WATCHDOG.forget(watch)
        assert not watch.fired and isinstance(watch, Watch)
    finally:
        WATCHDOG.end(watch)


def test_retry_count_takes_an_int_or_openapi_generators_urllib3_retry() -> None:
    assert [retry_count(n) for n in (0, 3, -1, True, None)] == [0, 3, 0, 0, 0]
    assert [retry_count(urllib3.Retry(total=t)) for t in (2, 0, None, False)] == [2, 0, 0, 0]
