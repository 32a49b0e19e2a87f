"""The asynchronous client: the same API with `await`, over httpx (the package's `[async]` extra).

httpx is typed, pools connections, takes the same (connect, read) timeouts and needs no C
extension; requests are built by the same code as the sync client's, so both send the same bytes.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Mapping
from typing import Any, Optional, TypeVar

from typing_extensions import Self

from ._codec import BodyReader
from ._operation import Operation
from ._package import PROJECT_NAME, VERSION
from ._pages import AsyncPages
from ._redirect import MAX_REDIRECTS, next_hop, redirect_location
from ._request import PreparedRequest, prepare
from ._retry import RETRY_STATUSES, Budget, may_retry, retry_count, wait_seconds
from ._stream import AsyncStream, stream_options, stream_parts
from ._wire import encode
from .api_response import ApiResponse, to_api_response
from .configuration import Configuration
from .exceptions import ApiException

try:
    import httpx
except ImportError as exc:  # httpx is the `async` extra
    raise ImportError(
        f'AsyncApiClient needs httpx, which this package installs as its "async" extra:'
        f' pip install "{PROJECT_NAME}[async]"',
        name=exc.name,
    ) from exc

__all__ = ["AsyncApiClient"]
T = TypeVar("T")
logger = logging.getLogger(__name__)


class AsyncApiClient:
    """Use as `async with AsyncApiClient(configuration) as client:`; API classes: `Async<Name>Api`."""

    def __init__(
        self,
        configuration: Optional[Configuration] = None,
        header_name: Optional[str] = None,
        header_value: Optional[str] = None,
        cookie: Optional[str] = None,
    ) -> None:
        self.configuration = configuration or Configuration.get_default()
        config = self.configuration
        verify: Any = config.verify_ssl
        if config.verify_ssl and (config.ssl_ca_cert or config.ca_cert_data is not None):
            verify = ssl.create_default_context(
                cafile=config.ssl_ca_cert, cadata=config.ca_cert_data
            )
        cert: Any = config.cert_file
        if config.cert_file and config.key_file:
            cert = (config.cert_file, config.key_file)
        self._client = httpx.AsyncClient(
            verify=verify,
            cert=cert,
            proxy=config.proxy,
            follow_redirects=False,
            limits=httpx.Limits(max_connections=config.connection_pool_maxsize),
        )
        self.default_headers: dict[str, str] = {"User-Agent": f"OpenAPI-Generator/{VERSION}/python"}
        if header_name is not None and header_value is not None:
            self.default_headers[header_name] = header_value
        self.cookie = cookie

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self._client.aclose()

    def set_default_header(self, header_name: str, header_value: str) -> None:
        self.default_headers[header_name] = header_value

    async def call(
        self, operation: Operation[T], args: tuple[Any, ...], options: Mapping[str, Any]
    ) -> ApiResponse[T]:
        """Send the request and decode the answer; raises ApiException for error statuses."""
        response, data = await self._send(operation, args, options, preload_content=True)
        return to_api_response(
            operation, response.status_code, response.reason_phrase, response.headers, data
        )

    async def call_raw(
        self, operation: Operation[Any], args: tuple[Any, ...], options: Mapping[str, Any]
    ) -> httpx.Response:
        """Send the request and return the response as it is, body not yet read (nor limited)."""
        response, _ = await self._send(operation, args, options, preload_content=False)
        return response

    def call_pages(
        self,
        operation: Operation[T],
        args: tuple[Any, ...],
        options: Mapping[str, Any],
        max_pages: Optional[int] = None,
    ) -> AsyncPages[T]:
        """As ApiClient.call_pages, for `async for`."""
        return AsyncPages(
            lambda page_args: self.call(operation, page_args, options),
            operation.pagination,
            operation.params,
            args,
            max_pages,
        )

    async def call_stream(
        self, operation: Operation[Any], args: tuple[Any, ...], options: Mapping[str, Any]
    ) -> AsyncStream[Any]:
        """As ApiClient.call_stream: the answer's items as they arrive, for `async for`."""
        options = stream_options(operation, options)
        response, _ = await self._send(operation, args, options, preload_content=False)
        limit = self.configuration.max_response_size
        if not 200 <= response.status_code <= 299:
            data = await _read(response, operation.method, self.configuration)
            to_api_response(
                operation, response.status_code, response.reason_phrase, response.headers, data
            )
        decoder, convert, sentinel = stream_parts(
            operation, limit, response.status_code, response.headers
        )
        return AsyncStream(
            response.aiter_bytes(),
            decoder,
            convert,
            response.aclose,
            sentinel,
            response.status_code,
            response.headers,
        )

    async def _send(
        self,
        operation: Operation[Any],
        args: tuple[Any, ...],
        options: Mapping[str, Any],
        preload_content: bool,
    ) -> tuple[httpx.Response, bytes]:
        """The response, and its body unless not `preload_content`, within the call's timeout."""
        request = prepare(
            self.configuration, self.default_headers, self.cookie, operation, args, options
        )
        budget = Budget(request.timeout)
        deadline = _Deadline(budget)
        try:
            return await self._attempts(request, options, deadline, preload_content)
        except asyncio.CancelledError:
            if not deadline.owns_cancellation():
                raise
        finally:
            deadline.stop()
        raise ApiException(status=0, reason=budget.describe())

    async def _attempts(
        self,
        request: PreparedRequest,
        options: Mapping[str, Any],
        deadline: _Deadline,
        preload_content: bool,
    ) -> tuple[httpx.Response, bytes]:
        """Send, retrying connection errors, 429 and 503 for idempotent calls (like rest.py)."""
        config, budget = self.configuration, deadline.budget
        attempts = (
            retry_count(config.retries)
            if may_retry(request.method, bool(options.get("_idempotent")))
            else 0
        )
        for attempt in range(attempts + 1):
            if budget.expired():
                raise ApiException(status=0, reason=budget.describe())
            try:
                response = await self._send_following_redirects(request, deadline)
                retry_after = response.headers.get("Retry-After")
                wait = wait_seconds(
                    attempt, config.retry_backoff, retry_after, config.retry_max_wait
                )
                if (
                    response.status_code not in RETRY_STATUSES
                    or attempt >= attempts
                    or not budget.allows_wait(wait)
                ):
                    # Read here, so a broken or stalled body fails (and retries) like a broken
                    # connection, as it does with urllib3.
                    data = await _read(response, request.method, config) if preload_content else b""
                    _log(request.method, request.url, response.status_code)
                    return response, data
                await response.aclose()
            except httpx.TransportError as exc:
                wait = wait_seconds(attempt, config.retry_backoff, None, config.retry_max_wait)
                retriable = not isinstance(exc, httpx.ReadTimeout) and budget.allows_wait(wait)
                if attempt >= attempts or not retriable:
                    raise ApiException(status=0, reason=f"{type(exc).__name__}: {exc}") from exc
            deadline.at(budget.end)  # between attempts only a whole-call deadline runs
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _send_following_redirects(
        self, request: PreparedRequest, deadline: _Deadline
    ) -> httpx.Response:
        """Send, following redirects by the rule the sync client follows too (_redirect.py)."""
        body, headers = encode(request.method, request.headers, request.body, request.post_params)
        method, url = request.method, request.url
        timeout = _timeout(deadline.budget)
        for _ in range(MAX_REDIRECTS + 1):
            deadline.at(deadline.budget.sending())
            try:
                built = self._client.build_request(
                    method,
                    url,
                    headers=headers,
                    content=body,
                    timeout=timeout,
                    extensions={"trace": deadline.trace},
                )
                response = await self._client.send(built, stream=True)
            except httpx.InvalidURL as exc:  # httpx parses every Location, even unfollowed
                raise ApiException(
                    status=0, reason=f"redirected to an invalid URL: {exc}"
                ) from None
            location = redirect_location(response.status_code, response.headers.get("Location"))
            if location is None:
                return response
            await response.aclose()
            hop = next_hop(
                method, url, headers, response.status_code, location, request.secret_headers
            )
            method, url, headers = hop.method, hop.url, hop.headers
            body = body if hop.keeps_body else None
        raise ApiException(status=0, reason=f"more than {MAX_REDIRECTS} redirects")


async def _read(response: httpx.Response, method: str, config: Configuration) -> bytes:
    """The body, decoded, at most `max_response_size` bytes; closes the response."""
    try:
        reader = BodyReader(
            method, response.status_code, response.headers, config.max_response_size
        )
        chunks = response.aiter_raw() if reader.decodes else response.aiter_bytes()
        async for chunk in chunks:
            reader.feed(chunk)
        return reader.finish()
    except (ValueError, httpx.DecodingError) as exc:
        raise ApiException(status=0, reason=f"DecodeError: {exc}") from exc
    finally:
        await response.aclose()


class _Deadline:
    """Cancels the calling task when the call's time is up (see _retry.Budget).

    httpx's timeouts bound each read of the socket, which a server sending its answer a byte
    at a time never runs into. This is asyncio.timeout, but movable from within a request
    (the read deadline starts once the request is sent), and there on Python 3.9 as well.
    """

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.expired = False
        self._stopped = False
        self._task = asyncio.current_task()
        self._cancelling = _cancelling(self._task)
        self._loop = asyncio.get_running_loop()
        self._handle: Optional[asyncio.TimerHandle] = None
        self.at(budget.end)

    def at(self, deadline: Optional[float]) -> None:
        """Cancel the task at `deadline` (time.monotonic()), instead of any time set before."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if deadline is not None and not self.expired and not self._stopped:
            delay = max(deadline - time.monotonic(), 0.0)
            self._handle = self._loop.call_later(delay, self._expire)

    def stop(self) -> None:
        """The call is over: a response returned unread is the caller's to read, untimed."""
        self.at(None)
        self._stopped = True

    async def trace(self, event: str, info: Mapping[str, Any]) -> None:
        """httpx's `trace` extension: the request is sent, so the read deadline starts."""
        if event.endswith("send_request_body.complete"):
            self.at(self.budget.reading())

    def owns_cancellation(self) -> bool:
        """Whether a CancelledError is this deadline's doing, and not also the caller's."""
        if not self.expired or self._task is None:
            return False
        uncancel = getattr(self._task, "uncancel", None)  # Python 3.11+
        return uncancel is None or int(uncancel()) <= self._cancelling

    def _expire(self) -> None:
        self.expired = True
        if self._task is not None:
            self._task.cancel()


def _cancelling(task: Optional[asyncio.Task[Any]]) -> int:
    cancelling = getattr(task, "cancelling", None)  # Python 3.11+
    return int(cancelling()) if cancelling is not None else 0


def _log(method: str, url: str, status: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s %s -> %s", method, url.split("?", 1)[0], status)


def _timeout(budget: Budget) -> httpx.Timeout:
    """httpx's timeouts, which bound connecting and each read and write of the socket."""
    if budget.connect is not None or budget.read is not None:
        return httpx.Timeout(budget.read, connect=budget.connect)
    return httpx.Timeout(budget.remaining())
