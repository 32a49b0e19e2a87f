"""The synchronous HTTP transport: urllib3 with connection pooling, timeouts and retries."""

from __future__ import annotations

import functools
import logging
import ssl
import time
from typing import Any, Optional

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.response import HTTPResponse

from ._codec import BodyReader
from ._retry import RETRY_STATUSES, WATCHDOG, Budget, TimeoutArg, Watch, may_retry, wait_seconds
from .configuration import Configuration
from .exceptions import ApiException, ApiValueError

__all__ = ["ApiException", "ApiValueError", "RESTClientObject", "RESTResponse", "RESTResponseType"]

RESTResponseType = urllib3.BaseHTTPResponse
logger = logging.getLogger(__name__)
_CHUNK = 64 * 1024


class RESTResponse:
    """A response: status, reason, headers and the body bytes.

    The client reads the body, within the call's timeout and `max_response_size`; a response
    of `*_without_preload_content` is unread, and `read()` reads all of it, however large.
    """

    def __init__(self, response: urllib3.BaseHTTPResponse) -> None:
        self.response = response
        self.status = response.status
        self.reason = response.reason or ""
        self.headers = response.headers
        self.data: bytes = b""

    def read(self) -> bytes:
        if not self.data:
            self.data = self.response.data
        return self.data

    def getheaders(self) -> Any:
        return self.response.headers

    def getheader(self, name: str, default: Optional[str] = None) -> Optional[str]:
        return self.response.headers.get(name, default)


class RESTClientObject:
    def __init__(self, configuration: Configuration) -> None:
        self.configuration = configuration
        options: dict[str, Any] = {
            "cert_reqs": ssl.CERT_REQUIRED if configuration.verify_ssl else ssl.CERT_NONE,
            "ca_certs": configuration.ssl_ca_cert,
            "cert_file": configuration.cert_file,
            "key_file": configuration.key_file,
            "maxsize": configuration.connection_pool_maxsize,
        }
        if configuration.assert_hostname is not None:
            options["assert_hostname"] = configuration.assert_hostname
        if configuration.tls_server_name:
            options["server_hostname"] = configuration.tls_server_name
        if configuration.socket_options is not None:
            options["socket_options"] = configuration.socket_options
        self._policies: dict[tuple[str, ...], urllib3.Retry] = {}
        self.pool_manager: urllib3.PoolManager
        if configuration.proxy:
            self.pool_manager = urllib3.ProxyManager(
                configuration.proxy, proxy_headers=configuration.proxy_headers, **options
            )
        else:
            self.pool_manager = urllib3.PoolManager(**options)
        # Connections that tell the watchdog which socket a call is using (_retry.Watchdog).
        self.pool_manager.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}

    def close(self) -> None:
        self.pool_manager.clear()

    def _redirect_policy(self, secret_headers: tuple[str, ...]) -> urllib3.Retry:
        """Follow redirects, but never with credentials to another host (built once per set)."""
        policy = self._policies.get(secret_headers)
        if policy is None:
            policy = urllib3.Retry(
                total=None,
                connect=0,
                read=0,
                status=0,
                other=0,
                redirect=5,
                raise_on_redirect=False,
                remove_headers_on_redirect=[
                    *urllib3.Retry.DEFAULT_REMOVE_HEADERS_ON_REDIRECT,
                    *secret_headers,
                ],
            )
            self._policies[secret_headers] = policy
        return policy

    def request(
        self,
        method: str,
        url: str,
        headers: Optional[dict[str, str]] = None,
        body: Optional[bytes] = None,
        _request_timeout: TimeoutArg = None,
        *,
        secret_headers: tuple[str, ...] = (),
        retry: bool = False,
        preload_content: bool = True,
    ) -> RESTResponse:
        """Send one request, retrying connection errors, 429 and 503 when `retry` allows.

        With `preload_content` the body is read here, within the call's timeout and at most
        `max_response_size` bytes of it; without, the response comes back unread, unbounded.
        """
        budget = Budget(_request_timeout)
        watch = WATCHDOG.begin(budget)
        try:
            return self._attempts(
                method, url, headers, body, watch, secret_headers, retry, preload_content
            )
        finally:
            WATCHDOG.end(watch)

    def _attempts(
        self,
        method: str,
        url: str,
        headers: Optional[dict[str, str]],
        body: Optional[bytes],
        watch: Watch,
        secret_headers: tuple[str, ...],
        retry: bool,
        preload_content: bool,
    ) -> RESTResponse:
        config = self.configuration
        attempts = config.retries if may_retry(method, retry) else 0
        budget = watch.budget
        failure: Optional[Exception] = None
        for attempt in range(attempts + 1):
            if attempt:
                WATCHDOG.forget(watch)  # the deadline of the attempt before does not count
            if budget.expired():
                raise ApiException(status=0, reason=budget.describe())
            try:
                response = self.pool_manager.request(
                    method,
                    url,
                    body=body,
                    headers=headers,
                    timeout=_timeout(budget),
                    retries=self._redirect_policy(secret_headers),
                    preload_content=False,
                )
                if response.status not in RETRY_STATUSES or attempt >= attempts:
                    return self._finish(response, method, url, watch, preload_content)
                retry_after = response.headers.get("Retry-After")
                wait = wait_seconds(
                    attempt, config.retry_backoff, retry_after, config.retry_max_wait
                )
                if not budget.allows_wait(wait):
                    return self._finish(response, method, url, watch, preload_content)
                _discard(response)
            except urllib3.exceptions.HTTPError as exc:
                failure = _cause(exc)
                wait = wait_seconds(attempt, config.retry_backoff, None, config.retry_max_wait)
                if watch.fired or attempt >= attempts or not _retriable(failure):
                    break
                if not budget.allows_wait(wait):
                    break
            time.sleep(wait)
        if watch.fired:
            raise ApiException(status=0, reason=budget.describe()) from None
        # Raised outside the `except`, from the cause only: urllib3's MaxRetryError shows the
        # URL, and with it any API key sent in the query.
        raise ApiException(status=0, reason=f"{type(failure).__name__}: {failure}") from failure

    def _finish(
        self,
        response: urllib3.BaseHTTPResponse,
        method: str,
        url: str,
        watch: Watch,
        preload_content: bool,
    ) -> RESTResponse:
        result = RESTResponse(response)
        if preload_content:
            result.data = _read_body(response, method, self.configuration.max_response_size)
            if watch.fired:  # the watchdog closed the socket: a body read to its end is cut short
                raise urllib3.exceptions.ProtocolError("timed out")
        _log(method, url, response.status)
        return result


def _read_body(response: urllib3.BaseHTTPResponse, method: str, limit: Optional[int]) -> bytes:
    """The body, decoded, at most `limit` bytes; the connection is closed if it is not all read."""
    try:
        reader = BodyReader(method, response.status, response.headers, limit)
        for chunk in response.stream(_CHUNK, decode_content=not reader.decodes):
            reader.feed(chunk)
        return reader.finish()
    except ValueError as exc:  # gzip or deflate that is not: as urllib3 reports that
        response.close()
        raise urllib3.exceptions.DecodeError(str(exc)) from exc
    except BaseException:
        response.close()
        raise
    finally:
        response.release_conn()


def _discard(response: urllib3.BaseHTTPResponse) -> None:
    """Drop the body of an answer to retry: a short one is read, to keep the connection."""
    length = getattr(response, "length_remaining", None)
    if length is not None and length <= _CHUNK:
        response.drain_conn()
    else:
        response.close()
    response.release_conn()


def _timeout(budget: Budget) -> Optional[urllib3.Timeout]:
    """urllib3's timeouts, which bound connecting and each read of the socket."""
    if budget.connect is not None or budget.read is not None:
        return _pair(budget.connect, budget.read)
    remaining = budget.remaining()
    return None if remaining is None else urllib3.Timeout(total=remaining)


@functools.lru_cache(maxsize=64)
def _pair(connect: Optional[float], read: Optional[float]) -> urllib3.Timeout:
    return urllib3.Timeout(connect=connect, read=read)


def _cause(exc: urllib3.exceptions.HTTPError) -> Exception:
    """What went wrong, without the MaxRetryError wrapped around it."""
    reason = getattr(exc, "reason", None)
    return reason if isinstance(reason, Exception) else exc


def _retriable(failure: Exception) -> bool:
    """Connection failures can be retried; not a read timeout (the server may have acted on the
    request), nor a body its encoding does not fit (the same would come again)."""
    errors = urllib3.exceptions
    return not isinstance(failure, (errors.ReadTimeoutError, errors.DecodeError))


def _log(method: str, url: str, status: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s %s -> %s", method, url.split("?", 1)[0], status)


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


class _HTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _WatchedConnection

    def _put_conn(self, conn: Any) -> None:
        WATCHDOG.release(conn)
        super()._put_conn(conn)


class _HTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection

    def _put_conn(self, conn: Any) -> None:
        WATCHDOG.release(conn)
        super()._put_conn(conn)
