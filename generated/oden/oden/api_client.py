"""The synchronous client every API class sends its requests through."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Optional, TypeVar, Union

from pydantic import ConfigDict, Field, StrictFloat, StrictInt, StrictStr
from typing_extensions import Self, TypedDict

from ._compat import OpenApiGeneratorMethods, RequestSerialized
from ._operation import Operation
from ._package import VERSION
from ._pages import Pages
from ._request import PreparedRequest, prepare
from ._retry import TimeoutArg
from ._stream import Stream, response_chunks, stream_options, stream_parts
from .api_response import ApiResponse, to_api_response
from .configuration import Configuration
from .rest import (
    CallOptions,
    RESTClientObject,
    RESTResponse,
    RESTResponseType,
    call_options,
    read_body,
)

__all__ = ["ApiClient", "RequestOptions", "RequestSerialized"]

T = TypeVar("T")


# Seconds, as OpenAPI Generator's methods take them: a number > 0 (not text).
Seconds = Annotated[StrictFloat, Field(gt=0)]


class RequestOptions(TypedDict, total=False):
    """Keyword arguments every API method takes, besides the operation's own parameters
    (their types are checked like the parameters', with pydantic)."""

    # Seconds for the whole call, retries included; or (connect, read): `read` seconds for the
    # whole answer to each request once it is sent. None: Configuration.timeout.
    _request_timeout: Union[None, Seconds, tuple[Optional[Seconds], Optional[Seconds]]]
    # {"in": "header" | "query" | "cookie", "key": ..., "value": ...}: this call's credential
    _request_auth: Optional[dict[StrictStr, Any]]
    _content_type: Optional[StrictStr]  # one of the operation's request content types
    _headers: Optional[dict[StrictStr, Any]]  # extra headers for this call
    _host_index: Optional[StrictInt]  # which of the operation's own servers to call
    _idempotent: bool  # retry this call like a GET even if its method is not idempotent


# A misspelt option is an error, not ignored (what pydantic's `with_config` sets).
RequestOptions.__pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[attr-defined]


class ApiClient(OpenApiGeneratorMethods):
    """Holds the configuration and a pool of connections; use it as a context manager.

    Every call of an API method goes through `call_api(method, url, header_params, body,
    post_params, _request_timeout)`, as in OpenAPI Generator's clients: code that wraps or
    replaces it sees every request, and its result (anything with `status`, `headers` and
    `data` bytes) is decoded as the operation declares.
    """

    _default: ClassVar[Optional[ApiClient]] = None

    def __init__(
        self,
        configuration: Optional[Configuration] = None,
        header_name: Optional[str] = None,
        header_value: Optional[str] = None,
        cookie: Optional[str] = None,
    ) -> None:
        self.configuration = configuration or Configuration.get_default()
        self.rest_client = RESTClientObject(self.configuration)
        self.default_headers: dict[str, str] = {}
        if header_name is not None and header_value is not None:
            self.default_headers[header_name] = header_value
        self.cookie = cookie
        self.user_agent = f"OpenAPI-Generator/{VERSION}/python"
        self.client_side_validation = self.configuration.client_side_validation

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.rest_client.close()

    @property
    def user_agent(self) -> str:
        return self.default_headers["User-Agent"]

    @user_agent.setter
    def user_agent(self, value: str) -> None:
        self.default_headers["User-Agent"] = value

    def set_default_header(self, header_name: str, header_value: str) -> None:
        self.default_headers[header_name] = header_value

    @classmethod
    def get_default(cls) -> ApiClient:
        if cls._default is None:
            cls._default = cls()
        return cls._default

    @classmethod
    def set_default(cls, default: Optional[ApiClient]) -> None:
        cls._default = default

    def call(
        self, operation: Operation[T], args: tuple[Any, ...], options: Mapping[str, Any]
    ) -> ApiResponse[T]:
        """Send the request and decode the answer; raises ApiException for error statuses."""
        response = self._send(operation, args, options, preload_content=True)
        data = response.data
        if not isinstance(data, (bytes, bytearray)):
            data = response.read() or b""
        reason = response.reason if isinstance(getattr(response, "reason", None), str) else ""
        return to_api_response(operation, response.status, reason, response.headers, bytes(data))

    def call_raw(
        self, operation: Operation[Any], args: tuple[Any, ...], options: Mapping[str, Any]
    ) -> RESTResponseType:
        """Send the request and return urllib3's response as it is, body not yet read."""
        return self._send(operation, args, options, preload_content=False).response

    def call_stream(
        self, operation: Operation[Any], args: tuple[Any, ...], options: Mapping[str, Any]
    ) -> Stream[Any]:
        """Send the request and return the answer's items as they arrive (a `Stream`).

        An error status raises its ApiException here, before any item is read. The read
        timeout applies between items; `max_response_size` bounds one item, not the stream.
        """
        options = stream_options(operation, options)
        response = self._send(operation, args, options, preload_content=False)
        raw = response.response
        limit = self.configuration.max_response_size
        if not 200 <= response.status <= 299:
            data = read_body(raw, operation.method, limit)
            to_api_response(operation, response.status, response.reason, response.headers, data)

        def close() -> None:  # a stream left early is not read to its end: drop the connection
            raw.close()
            raw.release_conn()

        decoder, convert, sentinel = stream_parts(operation, limit, response.status, raw.headers)
        return Stream(
            response_chunks(raw), decoder, convert, close, sentinel, response.status, raw.headers
        )

    def call_pages(
        self,
        operation: Operation[T],
        args: tuple[Any, ...],
        options: Mapping[str, Any],
        max_pages: Optional[int] = None,
    ) -> Pages[T]:
        """The operation's answers page after page (`Pages`), each fetched when the loop asks."""
        return Pages(
            lambda page_args: self.call(operation, page_args, options),
            operation.pagination,
            operation.params,
            args,
            max_pages,
        )

    def serialize(
        self, operation: Operation[Any], args: tuple[Any, ...], options: Mapping[str, Any]
    ) -> RequestSerialized:
        """(method, url, headers, body, post_params): what a call of `operation` would send to
        `call_api` (what OpenAPI Generator's `_<operation>_serialize` methods return)."""
        request = self._prepare(operation, args, options)
        return _serialized(request)

    def call_api(
        self,
        method: str,
        url: str,
        header_params: Optional[dict[str, str]] = None,
        body: Any = None,
        post_params: Optional[list[tuple[str, Any]]] = None,
        _request_timeout: TimeoutArg = None,
    ) -> RESTResponse:
        """Send one request (see RESTClientObject.request); the response's body is read, unless
        the API method called is a `*_without_preload_content` one."""
        return self.rest_client.request(
            method,
            url,
            headers=header_params,
            body=body,
            post_params=post_params,
            _request_timeout=_request_timeout,
        )

    def _prepare(
        self, operation: Operation[Any], args: tuple[Any, ...], options: Mapping[str, Any]
    ) -> PreparedRequest:
        return prepare(
            self.configuration, self.default_headers, self.cookie, operation, args, options
        )

    def _send(
        self,
        operation: Operation[Any],
        args: tuple[Any, ...],
        options: Mapping[str, Any],
        preload_content: bool,
    ) -> RESTResponse:
        request = self._prepare(operation, args, options)
        idempotent = bool(options.get("_idempotent"))
        with call_options(CallOptions(idempotent, request.secret_headers, preload_content)):
            # the caller's timeout as given: None is Configuration.timeout (see rest.py)
            timeout = options.get("_request_timeout")
            return self.call_api(*_serialized(request), _request_timeout=timeout)


def _serialized(request: PreparedRequest) -> RequestSerialized:
    return (request.method, request.url, request.headers, request.body, request.post_params or [])
