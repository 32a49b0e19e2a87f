"""urllib3's pool managers as the sync client uses them: redirects followed without
credentials to another origin, connections whose sockets the deadline watchdog can cut, and
the options of the call in progress, which OpenAPI Generator's `call_api` has no room for.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, NamedTuple, Optional

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.response import HTTPResponse

from ._package import SECURITY_SCHEMES
from ._retry import WATCHDOG, Watch


class CallOptions(NamedTuple):
    """What the API client tells the transport about the call it is making."""

    idempotent: bool = False  # retry it like a GET whatever its method (`_idempotent`)
    # Its credential headers: dropped on redirects to another origin.
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


def redirect_policy(*secret_headers: str) -> urllib3.Retry:
    """Follow redirects (urllib3 retries nothing else: rest.py does), never with credentials to
    another origin: neither the usual ones nor the headers the spec's API keys go in."""
    spec_headers = [p for _, kind, where, p in SECURITY_SCHEMES if where == "header" and p]
    return urllib3.Retry(
        total=None,
        connect=0,
        read=0,
        status=0,
        other=0,
        redirect=5,
        raise_on_redirect=False,
        remove_headers_on_redirect=[
            *urllib3.Retry.DEFAULT_REMOVE_HEADERS_ON_REDIRECT,
            *spec_headers,
            *secret_headers,
        ],
    )


@functools.lru_cache(maxsize=64)
def _call_policy(secret_headers: tuple[str, ...]) -> urllib3.Retry:
    return redirect_policy(*secret_headers)


def _with_call_policy(kw: dict[str, Any]) -> None:
    """A call whose credentials go in headers the spec does not name (`_request_auth`) gets a
    redirect policy that drops those too."""
    secret_headers = current_call().secret_headers
    if secret_headers and "retries" not in kw:
        kw["retries"] = _call_policy(secret_headers)


class PoolManager(urllib3.PoolManager):
    def urlopen(  # type: ignore[override]  # as urllib3 has it
        self, method: str, url: str, redirect: bool = True, **kw: Any
    ) -> urllib3.BaseHTTPResponse:
        _with_call_policy(kw)
        return super().urlopen(method, url, redirect=redirect, **kw)


class ProxyManager(urllib3.ProxyManager):
    def urlopen(  # type: ignore[override]  # as urllib3 has it
        self, method: str, url: str, redirect: bool = True, **kw: Any
    ) -> urllib3.BaseHTTPResponse:
        _with_call_policy(kw)
        return super().urlopen(method, url, redirect=redirect, **kw)


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
