"""DefaultApi: the operations tagged "default" of Streams."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pydantic import StrictStr

from golden_streams._operation import Operation, Param
from golden_streams._types import Ref
from golden_streams._validate import validation
from golden_streams.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_streams._stream import AsyncStream, ServerSentEvent, Stream
    from golden_streams.api_client import RequestOptions
    from golden_streams.api_response import ApiResponse
    from golden_streams.async_api_client import AsyncApiClient
    from golden_streams.models.tick import Tick
    from golden_streams.rest import RESTResponseType

_validated = validation(
    {
        "RequestOptions": ("golden_streams.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_LIST_EVENTS: Operation[str] = Operation(
    "GET",
    "/events",
    params=(Param("topic", "query"),),
    accepts=("text/event-stream", "application/json"),
    returns={"200": str, "404": Ref("error", "Error")},
    stream=("text/event-stream", None, None),
)

_LIST_LINES: Operation[Tick] = Operation(
    "GET",
    "/lines",
    accepts=("application/x-ndjson",),
    returns={"200": Ref("tick", "Tick")},
    stream=("application/x-ndjson", Ref("tick", "Tick"), None),
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def list_events(
        self, topic: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> str:
        """GET /events"""
        return self.api_client.call(_LIST_EVENTS, (topic,), _options).data

    @_validated
    def list_events_with_http_info(
        self, topic: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[str]:
        """Like `list_events`, with status code, headers and raw body too."""
        return self.api_client.call(_LIST_EVENTS, (topic,), _options)

    @_validated
    def list_events_without_preload_content(
        self, topic: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `list_events`, returning the HTTP response unread."""
        return self.api_client.call_raw(_LIST_EVENTS, (topic,), _options)

    @_validated
    def list_events_stream(
        self, topic: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> Stream[ServerSentEvent]:
        """Like `list_events`, the answer's items one by one as they arrive: iterate it, in a
        `with` block to close the connection early."""
        return self.api_client.call_stream(_LIST_EVENTS, (topic,), _options)

    @_validated
    def list_lines(self, **_options: Unpack[RequestOptions]) -> Tick:
        """GET /lines"""
        return self.api_client.call(_LIST_LINES, (), _options).data

    @_validated
    def list_lines_with_http_info(self, **_options: Unpack[RequestOptions]) -> ApiResponse[Tick]:
        """Like `list_lines`, with status code, headers and raw body too."""
        return self.api_client.call(_LIST_LINES, (), _options)

    @_validated
    def list_lines_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `list_lines`, returning the HTTP response unread."""
        return self.api_client.call_raw(_LIST_LINES, (), _options)

    @_validated
    def list_lines_stream(self, **_options: Unpack[RequestOptions]) -> Stream[Tick]:
        """Like `list_lines`, the answer's items one by one as they arrive: iterate it, in a
        `with` block to close the connection early."""
        return self.api_client.call_stream(_LIST_LINES, (), _options)


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def list_events(
        self, topic: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> str:
        """GET /events"""
        response = await self.api_client.call(_LIST_EVENTS, (topic,), _options)
        return response.data

    @_validated
    async def list_events_with_http_info(
        self, topic: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[str]:
        """Like `list_events`, with status code, headers and raw body too."""
        return await self.api_client.call(_LIST_EVENTS, (topic,), _options)

    @_validated
    async def list_events_without_preload_content(
        self, topic: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `list_events`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_LIST_EVENTS, (topic,), _options)

    @_validated
    async def list_events_stream(
        self, topic: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> AsyncStream[ServerSentEvent]:
        """Like `list_events`, the answer's items one by one as they arrive: `async for` over
        it, in an `async with` block to close the connection early."""
        return await self.api_client.call_stream(_LIST_EVENTS, (topic,), _options)

    @_validated
    async def list_lines(self, **_options: Unpack[RequestOptions]) -> Tick:
        """GET /lines"""
        response = await self.api_client.call(_LIST_LINES, (), _options)
        return response.data

    @_validated
    async def list_lines_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Tick]:
        """Like `list_lines`, with status code, headers and raw body too."""
        return await self.api_client.call(_LIST_LINES, (), _options)

    @_validated
    async def list_lines_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `list_lines`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_LIST_LINES, (), _options)

    @_validated
    async def list_lines_stream(self, **_options: Unpack[RequestOptions]) -> AsyncStream[Tick]:
        """Like `list_lines`, the answer's items one by one as they arrive: `async for` over
        it, in an `async with` block to close the connection early."""
        return await self.api_client.call_stream(_LIST_LINES, (), _options)
