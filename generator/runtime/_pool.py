"""urllib3 as the sync client uses it: connections whose sockets the deadline watchdog can
cut, and the options of the call in progress, which OpenAPI Generator's `call_api` has no
room for.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, NamedTuple, Optional

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.response import HTTPResponse

from ._retry import WATCHDOG, Watch


class CallOptions(NamedTuple):
    """What the API client tells the transport about the call it is making."""

    idempotent: bool = False  # retry it like a GET whatever its method (`_idempotent`)
    # The headers its credentials went in (`_request_auth`): not sent to another origin.
    secret_headers: tuple[str, ...] = ()
    preload_content: bool = True  # read the body, within the timeout and max_response_size


_NO_OPTIONS = CallOptions()
_CALL: ContextVar[Optional[CallOptions]] = ContextVar("call_options", default=None)


@contextmanager
def call_options(options: CallOptions) -> Iterator[None]:
    """Requests sent by this thread (or task) inside the block are made with `options`."""
    token = _CALL.set(options)
    try:
        yield
    finally:
        _CALL.reset(token)


def current_call() -> CallOptions:
    """The options of the call this thread (or task) is making; the defaults outside one."""
    return _CALL.get() or _NO_OPTIONS


def no_retries() -> urllib3.Retry:
    """urllib3 retries nothing and follows no redirect: rest.py retries, and follows redirects
    by the rule both clients share (_redirect.py)."""
    return urllib3.Retry(
        total=None, connect=0, read=0, status=0, other=0, redirect=0, raise_on_redirect=False
    )


class PoolManager(urllib3.PoolManager):
    """urllib3's, following no redirect itself: rest.py follows them by the rule both clients
    share (_redirect.py). Set here, not per request, so what each request passes to `request`
    is what OpenAPI Generator's clients pass (its own tests compare the arguments)."""

    def urlopen(  # type: ignore[override]  # as urllib3 has it
        self, method: str, url: str, redirect: bool = True, **kw: Any
    ) -> urllib3.BaseHTTPResponse:
        return super().urlopen(method, url, redirect=False, **kw)


class ProxyManager(urllib3.ProxyManager):
    """As PoolManager, through a proxy."""

    def urlopen(  # type: ignore[override]  # as urllib3 has it
        self, method: str, url: str, redirect: bool = True, **kw: Any
    ) -> urllib3.BaseHTTPResponse:
        return super().urlopen(method, url, redirect=False, **kw)


class _WatchedConnection(HTTPConnection):
    """Tells the watchdog which socket the call of this thread is using, and for what."""

    call_watch: Optional[Watch] = None

    def connect(self) -> None:
        super().connect()
        WATCHDOG.claim(self, reading=False)

    def request(self, *args: Any, **kwargs: Any) -> None:
        if self.sock is not None:  # a pooled connection: a new one claims itself in connect()
            WATCHDOG.claim(self, reading=False)
        super().request(*args, **kwargs)

    def getresponse(self) -> HTTPResponse:  # type: ignore[override]  # as urllib3 has it
        WATCHDOG.claim(self, reading=True)
        return super().getresponse()


class _HTTPSConnection(_WatchedConnection, HTTPSConnection):
    pass


class HTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _WatchedConnection

    def _put_conn(self, conn: Any) -> None:
        WATCHDOG.release(conn)
        super()._put_conn(conn)


class HTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection

    def _put_conn(self, conn: Any) -> None:
        WATCHDOG.release(conn)
        super()._put_conn(conn)
