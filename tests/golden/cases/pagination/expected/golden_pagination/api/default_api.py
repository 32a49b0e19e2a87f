"""DefaultApi: the operations tagged "default" of Pagination."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pydantic import StrictInt, StrictStr

from golden_pagination._operation import Operation, Param
from golden_pagination._pages import Pagination
from golden_pagination._types import Ref
from golden_pagination._validate import validation
from golden_pagination.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_pagination._pages import AsyncPages, Pages
    from golden_pagination.api_client import RequestOptions
    from golden_pagination.api_response import ApiResponse
    from golden_pagination.async_api_client import AsyncApiClient
    from golden_pagination.models.cursor_page import CursorPage
    from golden_pagination.models.fern_page import FernPage
    from golden_pagination.models.item_page import ItemPage
    from golden_pagination.rest import RESTResponseType

_validated = validation(
    {
        "RequestOptions": ("golden_pagination.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_LIST_BY_CURSOR: Operation[CursorPage] = Operation(
    "GET",
    "/cursor",
    params=(Param("after", "query"), Param("kind", "query")),
    accepts=("application/json",),
    returns={"200": Ref("cursor_page", "CursorPage")},
    pagination=Pagination("cursor", "after", ("data",), next=("meta", "next")),
)

_LIST_BY_OFFSET: Operation[ItemPage] = Operation(
    "GET",
    "/offset",
    params=(Param("offset", "query"), Param("limit", "query")),
    accepts=("application/json",),
    returns={"200": Ref("item_page", "ItemPage")},
    pagination=Pagination("offset", "offset", ("items",), limit="limit"),
)

_LIST_FERN_CURSOR: Operation[FernPage] = Operation(
    "GET",
    "/fern-cursor",
    params=(Param("starting_after", "query"),),
    accepts=("application/json",),
    returns={"200": Ref("fern_page", "FernPage")},
    pagination=Pagination("cursor", "starting_after", ("items",), next=("next_cursor",)),
)

_LIST_FERN_PAGES: Operation[FernPage] = Operation(
    "GET",
    "/fern-pages",
    params=(Param("page", "query"),),
    accepts=("application/json",),
    returns={"200": Ref("fern_page", "FernPage")},
    pagination=Pagination("page", "page", ("items",), has_more=("has_more",)),
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def list_by_cursor(
        self,
        after: Optional[StrictStr] = None,
        kind: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> CursorPage:
        """GET /cursor"""
        return self.api_client.call(_LIST_BY_CURSOR, (after, kind), _options).data

    @_validated
    def list_by_cursor_with_http_info(
        self,
        after: Optional[StrictStr] = None,
        kind: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[CursorPage]:
        """Like `list_by_cursor`, with status code, headers and raw body too."""
        return self.api_client.call(_LIST_BY_CURSOR, (after, kind), _options)

    @_validated
    def list_by_cursor_without_preload_content(
        self,
        after: Optional[StrictStr] = None,
        kind: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `list_by_cursor`, returning the HTTP response unread."""
        return self.api_client.call_raw(_LIST_BY_CURSOR, (after, kind), _options)

    @_validated
    def list_by_cursor_pages(
        self,
        after: Optional[StrictStr] = None,
        kind: Optional[StrictStr] = None,
        _max_pages: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> Pages[CursorPage]:
        """Like `list_by_cursor`, page after page, each fetched when the loop asks for it: iterate
        it for each page, `.items()` for every item in turn; at most `_max_pages` pages."""
        return self.api_client.call_pages(_LIST_BY_CURSOR, (after, kind), _options, _max_pages)

    @_validated
    def list_by_offset(
        self,
        offset: Optional[StrictInt] = None,
        limit: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ItemPage:
        """GET /offset"""
        return self.api_client.call(_LIST_BY_OFFSET, (offset, limit), _options).data

    @_validated
    def list_by_offset_with_http_info(
        self,
        offset: Optional[StrictInt] = None,
        limit: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ItemPage]:
        """Like `list_by_offset`, with status code, headers and raw body too."""
        return self.api_client.call(_LIST_BY_OFFSET, (offset, limit), _options)

    @_validated
    def list_by_offset_without_preload_content(
        self,
        offset: Optional[StrictInt] = None,
        limit: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `list_by_offset`, returning the HTTP response unread."""
        return self.api_client.call_raw(_LIST_BY_OFFSET, (offset, limit), _options)

    @_validated
    def list_by_offset_pages(
        self,
        offset: Optional[StrictInt] = None,
        limit: Optional[StrictInt] = None,
        _max_pages: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> Pages[ItemPage]:
        """Like `list_by_offset`, page after page, each fetched when the loop asks for it: iterate
        it for each page, `.items()` for every item in turn; at most `_max_pages` pages."""
        return self.api_client.call_pages(_LIST_BY_OFFSET, (offset, limit), _options, _max_pages)

    @_validated
    def list_fern_cursor(
        self, starting_after: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> FernPage:
        """GET /fern-cursor"""
        return self.api_client.call(_LIST_FERN_CURSOR, (starting_after,), _options).data

    @_validated
    def list_fern_cursor_with_http_info(
        self, starting_after: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[FernPage]:
        """Like `list_fern_cursor`, with status code, headers and raw body too."""
        return self.api_client.call(_LIST_FERN_CURSOR, (starting_after,), _options)

    @_validated
    def list_fern_cursor_without_preload_content(
        self, starting_after: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `list_fern_cursor`, returning the HTTP response unread."""
        return self.api_client.call_raw(_LIST_FERN_CURSOR, (starting_after,), _options)

    @_validated
    def list_fern_cursor_pages(
        self,
        starting_after: Optional[StrictStr] = None,
        _max_pages: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> Pages[FernPage]:
        """Like `list_fern_cursor`, page after page, each fetched when the loop asks for it: iterate
        it for each page, `.items()` for every item in turn; at most `_max_pages` pages."""
        return self.api_client.call_pages(
            _LIST_FERN_CURSOR, (starting_after,), _options, _max_pages
        )

    @_validated
    def list_fern_pages(
        self, page: Optional[StrictInt] = None, **_options: Unpack[RequestOptions]
    ) -> FernPage:
        """GET /fern-pages"""
        return self.api_client.call(_LIST_FERN_PAGES, (page,), _options).data

    @_validated
    def list_fern_pages_with_http_info(
        self, page: Optional[StrictInt] = None, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[FernPage]:
        """Like `list_fern_pages`, with status code, headers and raw body too."""
        return self.api_client.call(_LIST_FERN_PAGES, (page,), _options)

    @_validated
    def list_fern_pages_without_preload_content(
        self, page: Optional[StrictInt] = None, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `list_fern_pages`, returning the HTTP response unread."""
        return self.api_client.call_raw(_LIST_FERN_PAGES, (page,), _options)

    @_validated
    def list_fern_pages_pages(
        self,
        page: Optional[StrictInt] = None,
        _max_pages: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> Pages[FernPage]:
        """Like `list_fern_pages`, page after page, each fetched when the loop asks for it: iterate
        it for each page, `.items()` for every item in turn; at most `_max_pages` pages."""
        return self.api_client.call_pages(_LIST_FERN_PAGES, (page,), _options, _max_pages)


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def list_by_cursor(
        self,
        after: Optional[StrictStr] = None,
        kind: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> CursorPage:
        """GET /cursor"""
        response = await self.api_client.call(_LIST_BY_CURSOR, (after, kind), _options)
        return response.data

    @_validated
    async def list_by_cursor_with_http_info(
        self,
        after: Optional[StrictStr] = None,
        kind: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[CursorPage]:
        """Like `list_by_cursor`, with status code, headers and raw body too."""
        return await self.api_client.call(_LIST_BY_CURSOR, (after, kind), _options)

    @_validated
    async def list_by_cursor_without_preload_content(
        self,
        after: Optional[StrictStr] = None,
        kind: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `list_by_cursor`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_LIST_BY_CURSOR, (after, kind), _options)

    @_validated
    def list_by_cursor_pages(
        self,
        after: Optional[StrictStr] = None,
        kind: Optional[StrictStr] = None,
        _max_pages: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> AsyncPages[CursorPage]:
        """Like `list_by_cursor`, page after page: `async for page in ...`, `async for item in
        ....items()`; at most `_max_pages` pages."""
        return self.api_client.call_pages(_LIST_BY_CURSOR, (after, kind), _options, _max_pages)

    @_validated
    async def list_by_offset(
        self,
        offset: Optional[StrictInt] = None,
        limit: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ItemPage:
        """GET /offset"""
        response = await self.api_client.call(_LIST_BY_OFFSET, (offset, limit), _options)
        return response.data

    @_validated
    async def list_by_offset_with_http_info(
        self,
        offset: Optional[StrictInt] = None,
        limit: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ItemPage]:
        """Like `list_by_offset`, with status code, headers and raw body too."""
        return await self.api_client.call(_LIST_BY_OFFSET, (offset, limit), _options)

    @_validated
    async def list_by_offset_without_preload_content(
        self,
        offset: Optional[StrictInt] = None,
        limit: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `list_by_offset`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_LIST_BY_OFFSET, (offset, limit), _options)

    @_validated
    def list_by_offset_pages(
        self,
        offset: Optional[StrictInt] = None,
        limit: Optional[StrictInt] = None,
        _max_pages: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> AsyncPages[ItemPage]:
        """Like `list_by_offset`, page after page: `async for page in ...`, `async for item in
        ....items()`; at most `_max_pages` pages."""
        return self.api_client.call_pages(_LIST_BY_OFFSET, (offset, limit), _options, _max_pages)

    @_validated
    async def list_fern_cursor(
        self, starting_after: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> FernPage:
        """GET /fern-cursor"""
        response = await self.api_client.call(_LIST_FERN_CURSOR, (starting_after,), _options)
        return response.data

    @_validated
    async def list_fern_cursor_with_http_info(
        self, starting_after: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[FernPage]:
        """Like `list_fern_cursor`, with status code, headers and raw body too."""
        return await self.api_client.call(_LIST_FERN_CURSOR, (starting_after,), _options)

    @_validated
    async def list_fern_cursor_without_preload_content(
        self, starting_after: Optional[StrictStr] = None, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `list_fern_cursor`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_LIST_FERN_CURSOR, (starting_after,), _options)

    @_validated
    def list_fern_cursor_pages(
        self,
        starting_after: Optional[StrictStr] = None,
        _max_pages: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> AsyncPages[FernPage]:
        """Like `list_fern_cursor`, page after page: `async for page in ...`, `async for item in
        ....items()`; at most `_max_pages` pages."""
        return self.api_client.call_pages(
            _LIST_FERN_CURSOR, (starting_after,), _options, _max_pages
        )

    @_validated
    async def list_fern_pages(
        self, page: Optional[StrictInt] = None, **_options: Unpack[RequestOptions]
    ) -> FernPage:
        """GET /fern-pages"""
        response = await self.api_client.call(_LIST_FERN_PAGES, (page,), _options)
        return response.data

    @_validated
    async def list_fern_pages_with_http_info(
        self, page: Optional[StrictInt] = None, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[FernPage]:
        """Like `list_fern_pages`, with status code, headers and raw body too."""
        return await self.api_client.call(_LIST_FERN_PAGES, (page,), _options)

    @_validated
    async def list_fern_pages_without_preload_content(
        self, page: Optional[StrictInt] = None, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `list_fern_pages`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_LIST_FERN_PAGES, (page,), _options)

    @_validated
    def list_fern_pages_pages(
        self,
        page: Optional[StrictInt] = None,
        _max_pages: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> AsyncPages[FernPage]:
        """Like `list_fern_pages`, page after page: `async for page in ...`, `async for item in
        ....items()`; at most `_max_pages` pages."""
        return self.api_client.call_pages(_LIST_FERN_PAGES, (page,), _options, _max_pages)
