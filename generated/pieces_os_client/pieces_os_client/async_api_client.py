"""The asynchronous client: the same API with `await`, over httpx (`pip install pieces_os_client[async]`).

httpx is typed, pools connections, takes the same (connect, read) timeouts and needs no C
extension; requests are built by the same code as the sync client's, so both send the same bytes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping
from typing import Any, Optional

import httpx
from typing_extensions import Self

from pieces_os_client._operation import Operation
from pieces_os_client._request import PreparedRequest, prepare, same_origin
from pieces_os_client._retry import RETRY_STATUSES, may_retry, wait_seconds
from pieces_os_client.api_response import ApiResponse, to_api_response
from pieces_os_client.configuration import Configuration
from pieces_os_client.exceptions import ApiException

__all__ = ["AsyncApiClient"]
_MAX_REDIRECTS = 5
_CREDENTIAL_HEADERS = ("Authorization", "Cookie", "Proxy-Authorization")
logger = logging.getLogger("pieces_os_client.async_api_client")


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
        verify: Any = config.ssl_ca_cert or config.verify_ssl
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
        self.default_headers: dict[str, str] = {"User-Agent": "pieces_os_client/5.0.1/python"}
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
        self, operation: Operation, args: Mapping[str, Any], options: Mapping[str, Any]
    ) -> ApiResponse[Any]:
        """Send the request and decode the answer; raises ApiException for error statuses."""
        response = await self._send(operation, args, options, preload_content=True)
        return to_api_response(
            operation,
            response.status_code,
            response.reason_phrase,
            response.headers,
            response.content,
        )

    async def call_raw(
        self, operation: Operation, args: Mapping[str, Any], options: Mapping[str, Any]
    ) -> httpx.Response:
        """Send the request and return the response as it is, body not yet read."""
        return await self._send(operation, args, options, preload_content=False)

    async def _send(
        self,
        operation: Operation,
        args: Mapping[str, Any],
        options: Mapping[str, Any],
        preload_content: bool,
    ) -> httpx.Response:
        """Send, retrying connection errors, 429 and 503 for idempotent calls (like rest.py)."""
        request = prepare(
            self.configuration, self.default_headers, self.cookie, operation, args, options
        )
        config = self.configuration
        attempts = (
            config.retries if may_retry(request.method, bool(options.get("_idempotent"))) else 0
        )
        for attempt in range(attempts + 1):
            retry_after = None
            try:
                response = await self._send_following_redirects(request)
                if preload_content:
                    # Read here, so a broken or stalled body fails (and retries) like a broken
                    # connection, as it does with urllib3.
                    try:
                        await response.aread()
                    finally:
                        await response.aclose()
            except httpx.TransportError as exc:
                if attempt >= attempts or isinstance(exc, httpx.ReadTimeout):
                    raise ApiException(status=0, reason=f"{type(exc).__name__}: {exc}") from exc
            else:
                if response.status_code not in RETRY_STATUSES or attempt >= attempts:
                    _log(request.method, request.url, response.status_code)
                    return response
                retry_after = response.headers.get("Retry-After")
                await response.aclose()
            await asyncio.sleep(
                wait_seconds(attempt, config.retry_backoff, retry_after, config.retry_max_wait)
            )
        raise AssertionError("unreachable")  # pragma: no cover

    async def _send_following_redirects(self, request: PreparedRequest) -> httpx.Response:
        """Follow redirects by hand so credentials never go to another host."""
        method, url, headers, body = (
            request.method,
            request.url,
            dict(request.headers),
            request.body,
        )
        timeout = _timeout(request.timeout)
        for _ in range(_MAX_REDIRECTS + 1):
            built = self._client.build_request(
                method, url, headers=headers, content=body, timeout=timeout
            )
            response = await self._client.send(built, stream=True)
            location = response.headers.get("Location")
            if response.status_code not in (301, 302, 303, 307, 308) or not location:
                return response
            await response.aclose()
            target = str(httpx.URL(url).join(location))
            if not same_origin(url, target):
                headers = _without(headers, (*request.secret_headers, *_CREDENTIAL_HEADERS))
            if response.status_code == 303:  # as urllib3 does: 301/302 keep the method
                method, body = "GET", None
                headers = _without(headers, ("Content-Type",))
            url = target
        raise ApiException(status=0, reason=f"more than {_MAX_REDIRECTS} redirects")


def _without(headers: dict[str, str], names: Iterable[str]) -> dict[str, str]:
    """The headers but those named (header names are case-insensitive)."""
    drop = {name.lower() for name in names}
    return {name: value for name, value in headers.items() if name.lower() not in drop}


def _log(method: str, url: str, status: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s %s -> %s", method, url.split("?", 1)[0], status)


def _timeout(value: Any) -> httpx.Timeout:
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, tuple):
        return httpx.Timeout(value[1], connect=value[0])
    return httpx.Timeout(value)
