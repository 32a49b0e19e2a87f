"""The synchronous client every API class sends its requests through."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional, TypeVar, Union

from typing_extensions import Self, TypedDict

from ._codec import to_jsonable
from ._operation import Operation
from ._package import PROJECT_NAME, VERSION
from ._request import prepare
from .api_response import ApiResponse, to_api_response
from .configuration import Configuration
from .rest import RESTClientObject, RESTResponse

__all__ = ["ApiClient", "RequestOptions"]

T = TypeVar("T")


class RequestOptions(TypedDict, total=False):
    """Keyword arguments every API method takes, besides the operation's own parameters."""

    # Seconds for the whole call, retries included; or (connect, read): `read` seconds for the
    # whole answer to each request once it is sent. See Configuration.timeout.
    _request_timeout: Union[None, float, tuple[float, float]]
    _request_auth: Optional[
        dict[str, str]
    ]  # {"in": "header", "key": ..., "value": ...} for this call
    _content_type: Optional[str]  # one of the operation's request content types
    _headers: Optional[dict[str, Any]]  # extra headers for this call
    _host_index: Optional[int]  # which of the spec's servers to call
    _idempotent: bool  # retry this call like a GET even if its method is not idempotent


class ApiClient:
    """Holds the configuration and a pool of connections; use it as a context manager."""

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
        self.user_agent = f"{PROJECT_NAME}/{VERSION}/python"

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

    def sanitize_for_serialization(self, obj: Any) -> Any:
        """JSON-ready data for any model, list, dict or scalar."""
        return to_jsonable(obj)

    def call(
        self, operation: Operation[T], args: tuple[Any, ...], options: Mapping[str, Any]
    ) -> ApiResponse[T]:
        """Send the request and decode the answer; raises ApiException for error statuses."""
        response = self.call_raw(operation, args, options, preload_content=True)
        return to_api_response(
            operation, response.status, response.reason, response.headers, response.read()
        )

    def call_raw(
        self,
        operation: Operation[Any],
        args: tuple[Any, ...],
        options: Mapping[str, Any],
        preload_content: bool = False,
    ) -> RESTResponse:
        """Send the request and return the response as it is, body not yet read."""
        request = prepare(
            self.configuration, self.default_headers, self.cookie, operation, args, options
        )
        return self.rest_client.request(
            request.method,
            request.url,
            request.headers,
            request.body,
            request.timeout,
            secret_headers=request.secret_headers,
            retry=bool(options.get("_idempotent")),
            preload_content=preload_content,
        )
