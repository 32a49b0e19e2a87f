"""The synchronous HTTP transport: urllib3 with connection pooling, timeouts and retries.

`RESTClientObject.request` takes what OpenAPI Generator's takes (method, url, headers, body,
post_params, _request_timeout) and hands urllib3 what it hands it. What that signature cannot
carry comes from the call in progress (`CallOptions`, set by ApiClient around `call_api`).
"""

from __future__ import annotations

import functools
import logging
import ssl
import time
from typing import Any, Optional, cast

import urllib3

from ._codec import BodyReader
from ._pool import (
    CallOptions,
    HTTPPool,
    HTTPSPool,
    PoolManager,
    ProxyManager,
    call_options,
    current_call,
    no_retries,
)
from ._redirect import MAX_REDIRECTS, next_hop, redirect_location
from ._retry import (
    RETRY_STATUSES,
    WATCHDOG,
    Budget,
    TimeoutArg,
    Watch,
    may_retry,
    retry_count,
    wait_seconds,
)
from ._wire import FormField, body_kind, json_text, multipart_form
from .configuration import Configuration
from .exceptions import (
    ApiException,
    ApiValueError,
    BadRequestException,
    ConflictException,
    ForbiddenException,
    NotFoundException,
    ServiceException,
    UnauthorizedException,
    UnprocessableEntityException,
)

__all__ = [
    "ApiException",
    "ApiValueError",
    "BadRequestException",
    "CallOptions",
    "ConflictException",
    "ForbiddenException",
    "NotFoundException",
    "RESTClientObject",
    "RESTResponse",
    "RESTResponseType",
    "ServiceException",
    "UnauthorizedException",
    "UnprocessableEntityException",
    "call_options",
]

RESTResponseType = urllib3.HTTPResponse
logger = logging.getLogger(__name__)
_CHUNK = 64 * 1024


class RESTResponse:
    """A response: status, reason, headers and the body bytes (`data`, None until read).

    The client reads the body, within the call's timeout and `max_response_size`, unless asked
    not to (`*_without_preload_content`); then `read()` reads all of it, however large.
    """

    def __init__(self, resp: urllib3.BaseHTTPResponse) -> None:
        self.response = cast(RESTResponseType, resp)
        self.status: int = resp.status
        self.reason: str = resp.reason or ""
        self.data: Optional[bytes] = None

    @property
    def headers(self) -> Any:
        """The response headers (urllib3's HTTPHeaderDict: names are case-insensitive)."""
        return self.response.headers

    def read(self) -> bytes:
        if self.data is None:
            self.data = self.response.data or b""
        return self.data

    def getheaders(self) -> Any:
        return self.response.headers

    def getheader(self, name: str, default: Optional[str] = None) -> Optional[str]:
        return cast(Optional[str], self.response.headers.get(name, default))


class RESTClientObject:
    def __init__(self, configuration: Configuration) -> None:
        self.configuration = configuration
        options: dict[str, Any] = {
            "cert_reqs": ssl.CERT_REQUIRED if configuration.verify_ssl else ssl.CERT_NONE,
            "ca_certs": configuration.ssl_ca_cert,
            "cert_file": configuration.cert_file,
            "key_file": configuration.key_file,
            "maxsize": configuration.connection_pool_maxsize,
            "retries": no_retries(),
        }
        if configuration.ca_cert_data is not None:
            options["ca_cert_data"] = configuration.ca_cert_data
        if configuration.assert_hostname is not None:
            options["assert_hostname"] = configuration.assert_hostname
        if configuration.tls_server_name:
            options["server_hostname"] = configuration.tls_server_name
        if configuration.socket_options is not None:
            options["socket_options"] = configuration.socket_options
        self.pool_manager: urllib3.PoolManager
        if configuration.proxy:
            self.pool_manager = ProxyManager(
                configuration.proxy, proxy_headers=configuration.proxy_headers, **options
            )
        else:
            self.pool_manager = PoolManager(**options)
        # Connections that tell the watchdog which socket a call is using (_retry.Watchdog).
        self.pool_manager.pool_classes_by_scheme = {"http": HTTPPool, "https": HTTPSPool}

    def close(self) -> None:
        self.pool_manager.clear()

    def request(
        self,
        method: str,
        url: str,
        headers: Optional[dict[str, str]] = None,
        body: Any = None,
        post_params: Optional[list[FormField]] = None,
        _request_timeout: TimeoutArg = None,
    ) -> RESTResponse:
        """Send one request, retrying connection errors, 429 and 503 when the call allows it.

        `body` is JSON-ready data, text or bytes, `post_params` a form's fields: the
        Content-Type header says how they are encoded. A number as `_request_timeout` bounds
        the whole call, a (connect, read) pair each request (see _retry.Budget); None means
        `Configuration.timeout`. The body is read here, within that time and at most
        `max_response_size` bytes of it, unless the call is made without preloading; then the
        response comes back unread, unbounded.
        """
        method = method.upper()
        if post_params and body is not None:
            raise ApiValueError("body parameter cannot be used with post_params parameter.")
        arguments = _arguments(method, dict(headers or {}), body, post_params)
        options = current_call()
        if _request_timeout is None:
            _request_timeout = self.configuration.timeout
        watch = WATCHDOG.begin(Budget(_request_timeout))
        try:
            return self._attempts(method, url, arguments, watch, options)
        finally:
            WATCHDOG.end(watch)

    def _attempts(
        self, method: str, url: str, arguments: dict[str, Any], watch: Watch, options: CallOptions
    ) -> RESTResponse:
        config = self.configuration
        attempts = retry_count(config.retries) if may_retry(method, options.idempotent) else 0
        budget = watch.budget
        failure: Optional[Exception] = None
        for attempt in range(attempts + 1):
            if attempt:
                WATCHDOG.forget(watch)  # the deadline of the attempt before does not count
            if budget.expired():
                raise ApiException(status=0, reason=budget.describe())
            try:
                response = self._follow(
                    method, url, arguments, _timeout(budget, attempt), options.secret_headers
                )
                if response.status not in RETRY_STATUSES or attempt >= attempts:
                    return self._finish(response, method, url, watch, options.preload_content)
                retry_after = response.headers.get("Retry-After")
                wait = wait_seconds(
                    attempt, config.retry_backoff, retry_after, config.retry_max_wait
                )
                if not budget.allows_wait(wait):
                    return self._finish(response, method, url, watch, options.preload_content)
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

    def _follow(
        self,
        method: str,
        url: str,
        arguments: dict[str, Any],
        timeout: Optional[urllib3.Timeout],
        call_secrets: tuple[str, ...],
    ) -> urllib3.BaseHTTPResponse:
        """Send, following redirects by the rule the async client follows too (_redirect.py)."""
        for _ in range(MAX_REDIRECTS + 1):
            response = self.pool_manager.request(method, url, timeout=timeout, **arguments)
            location = redirect_location(response.status, response.headers.get("Location"))
            if location is None:
                return response
            _discard(response)
            hop = next_hop(
                method, url, arguments["headers"], response.status, location, call_secrets
            )
            method, url = hop.method, hop.url
            if hop.keeps_body:
                arguments = {**arguments, "headers": hop.headers}
            else:
                arguments = {"headers": hop.headers, "preload_content": False}
        raise ApiException(status=0, reason=f"more than {MAX_REDIRECTS} redirects")

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
            result.data = read_body(response, method, self.configuration.max_response_size)
            if watch.fired:  # the watchdog closed the socket: a body read to its end is cut short
                raise urllib3.exceptions.ProtocolError("timed out")
        _log(method, url, response.status)
        return result


def _arguments(
    method: str, headers: dict[str, str], body: Any, post_params: Optional[list[FormField]]
) -> dict[str, Any]:
    """The keyword arguments of urllib3's `request` for this body, as OpenAPI Generator's
    rest.py passes them (besides `timeout`)."""
    if method in ("GET", "HEAD") and body is None and not post_params:
        return {"fields": {}, "headers": headers, "preload_content": False}
    kind = body_kind(headers, body)
    if kind == "json":
        return {"body": json_text(body), "headers": headers, "preload_content": False}
    if kind in ("urlencoded", "multipart"):
        fields: list[FormField] = list(post_params or [])
        if kind == "multipart":
            # urllib3 writes the Content-Type, with the boundary it chose
            headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
            fields = multipart_form(fields)
        return {
            "fields": fields,
            "encode_multipart": kind == "multipart",
            "headers": headers,
            "preload_content": False,
        }
    if kind == "bool":
        body = "true" if body else "false"
    return {"body": body, "headers": headers, "preload_content": False}


def read_body(response: urllib3.BaseHTTPResponse, method: str, limit: Optional[int]) -> bytes:
    """The body, decoded, at most `limit` bytes; the connection is closed if it is not all read."""
    stand_in = not isinstance(response, urllib3.BaseHTTPResponse)  # a test's mock, say
    if stand_in or getattr(response, "_fp", None) is None:  # or a response read already
        data = response.data
        return data if isinstance(data, bytes) else b""
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


def _timeout(budget: Budget, attempt: int) -> Optional[urllib3.Timeout]:
    """urllib3's timeouts, which bound connecting and each read of the socket: the call's own
    on the first attempt (as OpenAPI Generator passes them), what is left of it after."""
    if budget.connect is not None or budget.read is not None:
        return _pair(budget.connect, budget.read)
    if budget.total is None:
        return None
    return urllib3.Timeout(total=budget.total if attempt == 0 else budget.remaining())


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
