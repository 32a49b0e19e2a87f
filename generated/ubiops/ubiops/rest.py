"""The synchronous HTTP transport: urllib3 with connection pooling, timeouts and retries."""

from __future__ import annotations

import functools
import logging
import ssl
import time
from typing import Any, Optional, Union

import urllib3

from ubiops._retry import RETRY_STATUSES, may_retry, wait_seconds
from ubiops.configuration import Configuration
from ubiops.exceptions import ApiException, ApiValueError

__all__ = ["ApiException", "ApiValueError", "RESTClientObject", "RESTResponse", "RESTResponseType"]

RESTResponseType = urllib3.BaseHTTPResponse
logger = logging.getLogger("ubiops.rest")


class RESTResponse:
    """A finished response: status, reason, headers and the body bytes."""

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
        _request_timeout: Union[None, float, tuple[float, float]] = None,
        *,
        secret_headers: tuple[str, ...] = (),
        retry: bool = False,
        preload_content: bool = True,
    ) -> RESTResponse:
        """Send one request, retrying connection errors, 429 and 503 when `retry` allows."""
        config = self.configuration
        attempts = config.retries if may_retry(method, retry) else 0
        policy = self._redirect_policy(secret_headers)
        timeout = _timeout(_request_timeout)
        failure: Optional[Exception] = None
        for attempt in range(attempts + 1):
            retry_after = None
            try:
                response = self.pool_manager.request(
                    method,
                    url,
                    body=body,
                    headers=headers,
                    timeout=timeout,
                    retries=policy,
                    preload_content=preload_content,
                )
            except urllib3.exceptions.HTTPError as exc:
                failure = _cause(exc)
                if attempt >= attempts or not _retriable(failure):
                    break
            else:
                if response.status not in RETRY_STATUSES or attempt >= attempts:
                    _log(method, url, response.status)
                    return RESTResponse(response)
                retry_after = response.headers.get("Retry-After")
                response.drain_conn()
            time.sleep(
                wait_seconds(attempt, config.retry_backoff, retry_after, config.retry_max_wait)
            )
        # Raised outside the `except`, from the cause only: urllib3's MaxRetryError shows the
        # URL, and with it any API key sent in the query.
        raise ApiException(status=0, reason=f"{type(failure).__name__}: {failure}") from failure


@functools.lru_cache(maxsize=64)
def _timeout(value: Union[None, float, tuple[float, float]]) -> Optional[urllib3.Timeout]:
    if value is None:
        return None
    if isinstance(value, tuple):
        return urllib3.Timeout(connect=value[0], read=value[1])
    return urllib3.Timeout(total=value)


def _cause(exc: urllib3.exceptions.HTTPError) -> Exception:
    """What went wrong, without the MaxRetryError wrapped around it."""
    reason = getattr(exc, "reason", None)
    return reason if isinstance(reason, Exception) else exc


def _retriable(failure: Exception) -> bool:
    """Connection failures can be retried; a read timeout may have reached the server: not."""
    return not isinstance(failure, urllib3.exceptions.ReadTimeoutError)


def _log(method: str, url: str, status: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s %s -> %s", method, url.split("?", 1)[0], status)
