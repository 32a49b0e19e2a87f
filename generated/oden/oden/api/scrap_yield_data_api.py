"""ScrapYieldDataApi: the operations tagged "ScrapYieldData" of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, Optional, Union

from oden._model import ARGUMENT_ENUM
from oden._operation import Operation, Param
from oden._types import Ref
from oden._validate import validation
from oden.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from oden.api_client import RequestOptions
    from oden.api_response import ApiResponse
    from oden.async_api_client import AsyncApiClient
    from oden.models.v2_scrap_yield_search_post_request import V2ScrapYieldSearchPostRequest
    from oden.models.v2_scrap_yield_set_post_request import V2ScrapYieldSetPostRequest
    from oden.rest import RESTResponseType

_validated = validation(
    {
        "RequestOptions": ("oden.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
        "V2ScrapYieldSearchPostRequest": (
            "oden.models.v2_scrap_yield_search_post_request",
            "V2ScrapYieldSearchPostRequest",
        ),
        "V2ScrapYieldSetPostRequest": (
            "oden.models.v2_scrap_yield_set_post_request",
            "V2ScrapYieldSetPostRequest",
        ),
    }
)

_V2_SCRAP_YIELD_DELETE_POST: Operation[None] = Operation(
    "POST",
    "/v2/scrap_yield/delete",
    params=(Param("v2_scrap_yield_search_post_request", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "403": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
        "404": Ref("generic_error", "GenericError"),
    },
    auth=("APIKeyAuth",),
)

_V2_SCRAP_YIELD_SEARCH_POST: Operation[None] = Operation(
    "POST",
    "/v2/scrap_yield/search",
    params=(Param("v2_scrap_yield_search_post_request", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "403": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
        "404": Ref("generic_error", "GenericError"),
    },
    auth=("APIKeyAuth",),
)

_V2_SCRAP_YIELD_SET_POST: Operation[None] = Operation(
    "POST",
    "/v2/scrap_yield/set",
    params=(
        Param("v2_scrap_yield_set_post_request", "body", required=True),
        Param("pattern", "query"),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "403": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
        "404": Ref("generic_error", "GenericError"),
    },
    auth=("APIKeyAuth",),
)


class ScrapYieldDataApi:
    """Scrap and yield data for run and batch intervals."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def v2_scrap_yield_delete_post(
        self,
        v2_scrap_yield_search_post_request: Union[V2ScrapYieldSearchPostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Deletes Scrap Yield record by ID and line"""
        self.api_client.call(
            _V2_SCRAP_YIELD_DELETE_POST, (v2_scrap_yield_search_post_request,), _options
        )

    @_validated
    def v2_scrap_yield_delete_post_with_http_info(
        self,
        v2_scrap_yield_search_post_request: Union[V2ScrapYieldSearchPostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_scrap_yield_delete_post`, with status code, headers and raw body too."""
        return self.api_client.call(
            _V2_SCRAP_YIELD_DELETE_POST, (v2_scrap_yield_search_post_request,), _options
        )

    @_validated
    def v2_scrap_yield_delete_post_without_preload_content(
        self,
        v2_scrap_yield_search_post_request: Union[V2ScrapYieldSearchPostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_scrap_yield_delete_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _V2_SCRAP_YIELD_DELETE_POST, (v2_scrap_yield_search_post_request,), _options
        )

    @_validated
    def v2_scrap_yield_search_post(
        self,
        v2_scrap_yield_search_post_request: Union[V2ScrapYieldSearchPostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Searches for scrap/yield records for a given Interval"""
        self.api_client.call(
            _V2_SCRAP_YIELD_SEARCH_POST, (v2_scrap_yield_search_post_request,), _options
        )

    @_validated
    def v2_scrap_yield_search_post_with_http_info(
        self,
        v2_scrap_yield_search_post_request: Union[V2ScrapYieldSearchPostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_scrap_yield_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(
            _V2_SCRAP_YIELD_SEARCH_POST, (v2_scrap_yield_search_post_request,), _options
        )

    @_validated
    def v2_scrap_yield_search_post_without_preload_content(
        self,
        v2_scrap_yield_search_post_request: Union[V2ScrapYieldSearchPostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_scrap_yield_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _V2_SCRAP_YIELD_SEARCH_POST, (v2_scrap_yield_search_post_request,), _options
        )

    @_validated
    def v2_scrap_yield_set_post(
        self,
        v2_scrap_yield_set_post_request: Union[V2ScrapYieldSetPostRequest, dict[str, Any]],
        pattern: Optional[Annotated[Literal["exact", "contains", "regex"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Uploads scrap or yield raw data.

        Notes:

        - If `id` is provided the existing Scrap/Yield record will be updated.

        - If `id` is omitted a new Scrap/Yield record will be created.

        - The scrap yield for an interval is an aggregate of all scrap yield raw data records associated with that interval
            - Therefore, multiple scrap yield records can exist for a single interval, each contributing to the "aggregate" (i.e. sum total) scrap/yield of that interval

        - Changing an aggregate can be done by either adding another record with an offset, or updating an existing record.
            - Example: If you have 3 scrap records in an interval: 50 50 50 = 150 and want to make the aggregate 100 for a given interval, either update one of the existing scrap records from 50 -> 0, or add a new one with value -50

        - Duplicate keys should be avoided, see Schema docs above for details."""
        self.api_client.call(
            _V2_SCRAP_YIELD_SET_POST, (v2_scrap_yield_set_post_request, pattern), _options
        )

    @_validated
    def v2_scrap_yield_set_post_with_http_info(
        self,
        v2_scrap_yield_set_post_request: Union[V2ScrapYieldSetPostRequest, dict[str, Any]],
        pattern: Optional[Annotated[Literal["exact", "contains", "regex"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_scrap_yield_set_post`, with status code, headers and raw body too."""
        return self.api_client.call(
            _V2_SCRAP_YIELD_SET_POST, (v2_scrap_yield_set_post_request, pattern), _options
        )

    @_validated
    def v2_scrap_yield_set_post_without_preload_content(
        self,
        v2_scrap_yield_set_post_request: Union[V2ScrapYieldSetPostRequest, dict[str, Any]],
        pattern: Optional[Annotated[Literal["exact", "contains", "regex"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_scrap_yield_set_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _V2_SCRAP_YIELD_SET_POST, (v2_scrap_yield_set_post_request, pattern), _options
        )


class AsyncScrapYieldDataApi:
    """ScrapYieldDataApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def v2_scrap_yield_delete_post(
        self,
        v2_scrap_yield_search_post_request: Union[V2ScrapYieldSearchPostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Deletes Scrap Yield record by ID and line"""
        await self.api_client.call(
            _V2_SCRAP_YIELD_DELETE_POST, (v2_scrap_yield_search_post_request,), _options
        )

    @_validated
    async def v2_scrap_yield_delete_post_with_http_info(
        self,
        v2_scrap_yield_search_post_request: Union[V2ScrapYieldSearchPostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_scrap_yield_delete_post`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _V2_SCRAP_YIELD_DELETE_POST, (v2_scrap_yield_search_post_request,), _options
        )

    @_validated
    async def v2_scrap_yield_delete_post_without_preload_content(
        self,
        v2_scrap_yield_search_post_request: Union[V2ScrapYieldSearchPostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_scrap_yield_delete_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_SCRAP_YIELD_DELETE_POST, (v2_scrap_yield_search_post_request,), _options
        )

    @_validated
    async def v2_scrap_yield_search_post(
        self,
        v2_scrap_yield_search_post_request: Union[V2ScrapYieldSearchPostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Searches for scrap/yield records for a given Interval"""
        await self.api_client.call(
            _V2_SCRAP_YIELD_SEARCH_POST, (v2_scrap_yield_search_post_request,), _options
        )

    @_validated
    async def v2_scrap_yield_search_post_with_http_info(
        self,
        v2_scrap_yield_search_post_request: Union[V2ScrapYieldSearchPostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_scrap_yield_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _V2_SCRAP_YIELD_SEARCH_POST, (v2_scrap_yield_search_post_request,), _options
        )

    @_validated
    async def v2_scrap_yield_search_post_without_preload_content(
        self,
        v2_scrap_yield_search_post_request: Union[V2ScrapYieldSearchPostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_scrap_yield_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_SCRAP_YIELD_SEARCH_POST, (v2_scrap_yield_search_post_request,), _options
        )

    @_validated
    async def v2_scrap_yield_set_post(
        self,
        v2_scrap_yield_set_post_request: Union[V2ScrapYieldSetPostRequest, dict[str, Any]],
        pattern: Optional[Annotated[Literal["exact", "contains", "regex"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Uploads scrap or yield raw data.

        Notes:

        - If `id` is provided the existing Scrap/Yield record will be updated.

        - If `id` is omitted a new Scrap/Yield record will be created.

        - The scrap yield for an interval is an aggregate of all scrap yield raw data records associated with that interval
            - Therefore, multiple scrap yield records can exist for a single interval, each contributing to the "aggregate" (i.e. sum total) scrap/yield of that interval

        - Changing an aggregate can be done by either adding another record with an offset, or updating an existing record.
            - Example: If you have 3 scrap records in an interval: 50 50 50 = 150 and want to make the aggregate 100 for a given interval, either update one of the existing scrap records from 50 -> 0, or add a new one with value -50

        - Duplicate keys should be avoided, see Schema docs above for details."""
        await self.api_client.call(
            _V2_SCRAP_YIELD_SET_POST, (v2_scrap_yield_set_post_request, pattern), _options
        )

    @_validated
    async def v2_scrap_yield_set_post_with_http_info(
        self,
        v2_scrap_yield_set_post_request: Union[V2ScrapYieldSetPostRequest, dict[str, Any]],
        pattern: Optional[Annotated[Literal["exact", "contains", "regex"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_scrap_yield_set_post`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _V2_SCRAP_YIELD_SET_POST, (v2_scrap_yield_set_post_request, pattern), _options
        )

    @_validated
    async def v2_scrap_yield_set_post_without_preload_content(
        self,
        v2_scrap_yield_set_post_request: Union[V2ScrapYieldSetPostRequest, dict[str, Any]],
        pattern: Optional[Annotated[Literal["exact", "contains", "regex"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_scrap_yield_set_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_SCRAP_YIELD_SET_POST, (v2_scrap_yield_set_post_request, pattern), _options
        )
