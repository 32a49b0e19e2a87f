"""IntervalsApi: the operations tagged "Intervals" of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union

from oden._operation import Operation, Param
from oden._types import ListOf, Ref
from oden._validate import validation
from oden.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from oden.api_client import RequestOptions
    from oden.api_response import ApiResponse
    from oden.async_api_client import AsyncApiClient
    from oden.models.interval import Interval
    from oden.models.interval_bulk_create import IntervalBulkCreate
    from oden.models.interval_bulk_delete import IntervalBulkDelete
    from oden.models.interval_type import IntervalType
    from oden.models.v2_intervals_delete_post200_response import V2IntervalsDeletePost200Response
    from oden.models.v2_intervals_set_post200_response import V2IntervalsSetPost200Response
    from oden.rest import RESTResponseType

_validated = validation(
    {
        "Interval": ("oden.models.interval", "Interval"),
        "IntervalBulkCreate": ("oden.models.interval_bulk_create", "IntervalBulkCreate"),
        "IntervalBulkDelete": ("oden.models.interval_bulk_delete", "IntervalBulkDelete"),
        "IntervalType": ("oden.models.interval_type", "IntervalType"),
        "RequestOptions": ("oden.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_V2_INTERVAL_DELETE_POST: Operation[list[Interval]] = Operation(
    "POST",
    "/v2/interval/delete",
    params=(Param("interval", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": ListOf(Ref("interval", "Interval")),
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

_V2_INTERVAL_SEARCH_POST: Operation[list[Interval]] = Operation(
    "POST",
    "/v2/interval/search",
    params=(Param("interval", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": ListOf(Ref("interval", "Interval")),
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

_V2_INTERVAL_SET_POST: Operation[Interval] = Operation(
    "POST",
    "/v2/interval/set",
    params=(Param("interval", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": Ref("interval", "Interval"),
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
    },
    auth=("APIKeyAuth",),
)

_V2_INTERVAL_TYPE_SEARCH_POST: Operation[list[IntervalType]] = Operation(
    "POST",
    "/v2/interval_type/search",
    params=(Param("interval_type", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": ListOf(Ref("interval_type", "IntervalType")),
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
        "404": Ref("generic_error", "GenericError"),
    },
    auth=("APIKeyAuth",),
)

_V2_INTERVALS_DELETE_POST: Operation[V2IntervalsDeletePost200Response] = Operation(
    "POST",
    "/v2/intervals/delete",
    params=(Param("interval_bulk_delete", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": Ref("v2_intervals_delete_post200_response", "V2IntervalsDeletePost200Response"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
        "401": Ref("generic_error", "GenericError"),
        "403": Ref("generic_error", "GenericError"),
        "404": Ref("generic_error", "GenericError"),
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
    },
    auth=("APIKeyAuth",),
)

_V2_INTERVALS_SET_POST: Operation[V2IntervalsSetPost200Response] = Operation(
    "POST",
    "/v2/intervals/set",
    params=(Param("interval_bulk_create", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": Ref("v2_intervals_set_post200_response", "V2IntervalsSetPost200Response"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
        "401": Ref("generic_error", "GenericError"),
        "403": Ref("generic_error", "GenericError"),
        "404": Ref("generic_error", "GenericError"),
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
    },
    auth=("APIKeyAuth",),
)


class IntervalsApi:
    """Runs, batches, states and custom intervals on lines, and interval types."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def v2_interval_delete_post(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[Interval]:
        """Delete an interval by `type`, `line`, and `id`

        **Note:** The `id` must be obtained from either:
        - The response when creating an interval via `/v2/interval/set`
        - Searching for intervals via `/v2/interval/search`

        The examples below use placeholder IDs - replace with actual IDs from your system."""
        return self.api_client.call(_V2_INTERVAL_DELETE_POST, (interval,), _options).data

    @_validated
    def v2_interval_delete_post_with_http_info(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Interval]]:
        """Like `v2_interval_delete_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_INTERVAL_DELETE_POST, (interval,), _options)

    @_validated
    def v2_interval_delete_post_without_preload_content(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_interval_delete_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_INTERVAL_DELETE_POST, (interval,), _options)

    @_validated
    def v2_interval_search_post(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[Interval]:
        """Searches for intervals by `type`, `line` and other optional parameters:

        - `id` (for a specific Interval)
        - `match: unique` or omit

        OR

        - `match : last` for the most recent Interval of the given type on the given line

        OR

        - `start_time` and `end_time` (for a range of Intervals over a period of time)
        - `match: all` for more than one result

        OR

        - match all intervals for all lines in a given factory

        AND/OR

        - `name` (only for Intervals with a matching name)"""
        return self.api_client.call(_V2_INTERVAL_SEARCH_POST, (interval,), _options).data

    @_validated
    def v2_interval_search_post_with_http_info(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Interval]]:
        """Like `v2_interval_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_INTERVAL_SEARCH_POST, (interval,), _options)

    @_validated
    def v2_interval_search_post_without_preload_content(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_interval_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_INTERVAL_SEARCH_POST, (interval,), _options)

    @_validated
    def v2_interval_set_post(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> Interval:
        """Create or update an Interval.

        Must include `line` and `type`. `match` must be omitted, `unique` or `last`

         - If `id` is not supplied, a new Interval will be created.

         - If `id` is supplied, existing Interval will be updated. This interval's start time can be modified using `start_time` field.

        To update a specific interval supply the `id` of that interval.

        If the interval exists with all the same parameters nothing is done.

        To update the most recent Interval of a given `type` on a `line` one may use `match: last` and omit `id`

        For `RUN` type: if `product` and/or `product_mapping` does not exist a new one will be created. Further a `target`
        may be set by adding a `target` to the metadata field. The `line` and `product` for this target will be the same as the interval.

        Please see examples for more specific information."""
        return self.api_client.call(_V2_INTERVAL_SET_POST, (interval,), _options).data

    @_validated
    def v2_interval_set_post_with_http_info(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Interval]:
        """Like `v2_interval_set_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_INTERVAL_SET_POST, (interval,), _options)

    @_validated
    def v2_interval_set_post_without_preload_content(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_interval_set_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_INTERVAL_SET_POST, (interval,), _options)

    @_validated
    def v2_interval_type_search_post(
        self, interval_type: Union[IntervalType, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[IntervalType]:
        """Search for Interval Types by `name`, `id`, `factory` or just `match: all` to return all Interval Types associated with the your organization.
        Basic Interval Types -- `RUN`, `BATCH`, and `STATE` -- are associated with every factory in Oden's system.
        Custom Interval Types may be created by users, are set on a per factory basis, and may only describe Intervals on Lines associated with that Factory.
        """
        return self.api_client.call(_V2_INTERVAL_TYPE_SEARCH_POST, (interval_type,), _options).data

    @_validated
    def v2_interval_type_search_post_with_http_info(
        self, interval_type: Union[IntervalType, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[IntervalType]]:
        """Like `v2_interval_type_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_INTERVAL_TYPE_SEARCH_POST, (interval_type,), _options)

    @_validated
    def v2_interval_type_search_post_without_preload_content(
        self, interval_type: Union[IntervalType, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_interval_type_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_INTERVAL_TYPE_SEARCH_POST, (interval_type,), _options)

    @_validated
    def v2_intervals_delete_post(
        self,
        interval_bulk_delete: Union[IntervalBulkDelete, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> V2IntervalsDeletePost200Response:
        """Delete a group of intervals by a single `type` and a single `line`, between `start_time` and `end_time`. Returns a list of intervals that were not deleted, and the number of intervals deleted.

        Limitations:
        - Cannot exceed 15,000 intervals per request, or 30 days worth of data.
        - Currently does not support "batch" or "run" interval types."""
        return self.api_client.call(
            _V2_INTERVALS_DELETE_POST, (interval_bulk_delete,), _options
        ).data

    @_validated
    def v2_intervals_delete_post_with_http_info(
        self,
        interval_bulk_delete: Union[IntervalBulkDelete, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[V2IntervalsDeletePost200Response]:
        """Like `v2_intervals_delete_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_INTERVALS_DELETE_POST, (interval_bulk_delete,), _options)

    @_validated
    def v2_intervals_delete_post_without_preload_content(
        self,
        interval_bulk_delete: Union[IntervalBulkDelete, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_intervals_delete_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _V2_INTERVALS_DELETE_POST, (interval_bulk_delete,), _options
        )

    @_validated
    def v2_intervals_set_post(
        self,
        interval_bulk_create: Union[IntervalBulkCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> V2IntervalsSetPost200Response:
        """Create (Does not update) a group of custom intervals, for the same `type` and `line`.
        Line and type do not need to be included in each individual interval, just once at the top level.

        Limitations:
        - Cannot excees 2500 intervals per request.
        - Will not write over other intervals
        - Does not support "batch", "run", or "state" interval types."""
        return self.api_client.call(_V2_INTERVALS_SET_POST, (interval_bulk_create,), _options).data

    @_validated
    def v2_intervals_set_post_with_http_info(
        self,
        interval_bulk_create: Union[IntervalBulkCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[V2IntervalsSetPost200Response]:
        """Like `v2_intervals_set_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_INTERVALS_SET_POST, (interval_bulk_create,), _options)

    @_validated
    def v2_intervals_set_post_without_preload_content(
        self,
        interval_bulk_create: Union[IntervalBulkCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_intervals_set_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_INTERVALS_SET_POST, (interval_bulk_create,), _options)


class AsyncIntervalsApi:
    """IntervalsApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def v2_interval_delete_post(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[Interval]:
        """Delete an interval by `type`, `line`, and `id`

        **Note:** The `id` must be obtained from either:
        - The response when creating an interval via `/v2/interval/set`
        - Searching for intervals via `/v2/interval/search`

        The examples below use placeholder IDs - replace with actual IDs from your system."""
        response = await self.api_client.call(_V2_INTERVAL_DELETE_POST, (interval,), _options)
        return response.data

    @_validated
    async def v2_interval_delete_post_with_http_info(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Interval]]:
        """Like `v2_interval_delete_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_INTERVAL_DELETE_POST, (interval,), _options)

    @_validated
    async def v2_interval_delete_post_without_preload_content(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_interval_delete_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_INTERVAL_DELETE_POST, (interval,), _options)

    @_validated
    async def v2_interval_search_post(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[Interval]:
        """Searches for intervals by `type`, `line` and other optional parameters:

        - `id` (for a specific Interval)
        - `match: unique` or omit

        OR

        - `match : last` for the most recent Interval of the given type on the given line

        OR

        - `start_time` and `end_time` (for a range of Intervals over a period of time)
        - `match: all` for more than one result

        OR

        - match all intervals for all lines in a given factory

        AND/OR

        - `name` (only for Intervals with a matching name)"""
        response = await self.api_client.call(_V2_INTERVAL_SEARCH_POST, (interval,), _options)
        return response.data

    @_validated
    async def v2_interval_search_post_with_http_info(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Interval]]:
        """Like `v2_interval_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_INTERVAL_SEARCH_POST, (interval,), _options)

    @_validated
    async def v2_interval_search_post_without_preload_content(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_interval_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_INTERVAL_SEARCH_POST, (interval,), _options)

    @_validated
    async def v2_interval_set_post(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> Interval:
        """Create or update an Interval.

        Must include `line` and `type`. `match` must be omitted, `unique` or `last`

         - If `id` is not supplied, a new Interval will be created.

         - If `id` is supplied, existing Interval will be updated. This interval's start time can be modified using `start_time` field.

        To update a specific interval supply the `id` of that interval.

        If the interval exists with all the same parameters nothing is done.

        To update the most recent Interval of a given `type` on a `line` one may use `match: last` and omit `id`

        For `RUN` type: if `product` and/or `product_mapping` does not exist a new one will be created. Further a `target`
        may be set by adding a `target` to the metadata field. The `line` and `product` for this target will be the same as the interval.

        Please see examples for more specific information."""
        response = await self.api_client.call(_V2_INTERVAL_SET_POST, (interval,), _options)
        return response.data

    @_validated
    async def v2_interval_set_post_with_http_info(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Interval]:
        """Like `v2_interval_set_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_INTERVAL_SET_POST, (interval,), _options)

    @_validated
    async def v2_interval_set_post_without_preload_content(
        self, interval: Union[Interval, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_interval_set_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_INTERVAL_SET_POST, (interval,), _options)

    @_validated
    async def v2_interval_type_search_post(
        self, interval_type: Union[IntervalType, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[IntervalType]:
        """Search for Interval Types by `name`, `id`, `factory` or just `match: all` to return all Interval Types associated with the your organization.
        Basic Interval Types -- `RUN`, `BATCH`, and `STATE` -- are associated with every factory in Oden's system.
        Custom Interval Types may be created by users, are set on a per factory basis, and may only describe Intervals on Lines associated with that Factory.
        """
        response = await self.api_client.call(
            _V2_INTERVAL_TYPE_SEARCH_POST, (interval_type,), _options
        )
        return response.data

    @_validated
    async def v2_interval_type_search_post_with_http_info(
        self, interval_type: Union[IntervalType, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[IntervalType]]:
        """Like `v2_interval_type_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_INTERVAL_TYPE_SEARCH_POST, (interval_type,), _options)

    @_validated
    async def v2_interval_type_search_post_without_preload_content(
        self, interval_type: Union[IntervalType, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_interval_type_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_INTERVAL_TYPE_SEARCH_POST, (interval_type,), _options
        )

    @_validated
    async def v2_intervals_delete_post(
        self,
        interval_bulk_delete: Union[IntervalBulkDelete, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> V2IntervalsDeletePost200Response:
        """Delete a group of intervals by a single `type` and a single `line`, between `start_time` and `end_time`. Returns a list of intervals that were not deleted, and the number of intervals deleted.

        Limitations:
        - Cannot exceed 15,000 intervals per request, or 30 days worth of data.
        - Currently does not support "batch" or "run" interval types."""
        response = await self.api_client.call(
            _V2_INTERVALS_DELETE_POST, (interval_bulk_delete,), _options
        )
        return response.data

    @_validated
    async def v2_intervals_delete_post_with_http_info(
        self,
        interval_bulk_delete: Union[IntervalBulkDelete, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[V2IntervalsDeletePost200Response]:
        """Like `v2_intervals_delete_post`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _V2_INTERVALS_DELETE_POST, (interval_bulk_delete,), _options
        )

    @_validated
    async def v2_intervals_delete_post_without_preload_content(
        self,
        interval_bulk_delete: Union[IntervalBulkDelete, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_intervals_delete_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_INTERVALS_DELETE_POST, (interval_bulk_delete,), _options
        )

    @_validated
    async def v2_intervals_set_post(
        self,
        interval_bulk_create: Union[IntervalBulkCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> V2IntervalsSetPost200Response:
        """Create (Does not update) a group of custom intervals, for the same `type` and `line`.
        Line and type do not need to be included in each individual interval, just once at the top level.

        Limitations:
        - Cannot excees 2500 intervals per request.
        - Will not write over other intervals
        - Does not support "batch", "run", or "state" interval types."""
        response = await self.api_client.call(
            _V2_INTERVALS_SET_POST, (interval_bulk_create,), _options
        )
        return response.data

    @_validated
    async def v2_intervals_set_post_with_http_info(
        self,
        interval_bulk_create: Union[IntervalBulkCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[V2IntervalsSetPost200Response]:
        """Like `v2_intervals_set_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_INTERVALS_SET_POST, (interval_bulk_create,), _options)

    @_validated
    async def v2_intervals_set_post_without_preload_content(
        self,
        interval_bulk_create: Union[IntervalBulkCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_intervals_set_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_INTERVALS_SET_POST, (interval_bulk_create,), _options
        )
