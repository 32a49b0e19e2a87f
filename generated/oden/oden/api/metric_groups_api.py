"""MetricGroupsApi: the operations tagged "MetricGroups" of Oden API."""

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
    from oden.models.metric_group import MetricGroup
    from oden.rest import RESTResponseType

_validated = validation(
    {
        "MetricGroup": ("oden.models.metric_group", "MetricGroup"),
        "RequestOptions": ("oden.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_V2_METRIC_GROUP_SEARCH_POST: Operation[list[MetricGroup]] = Operation(
    "POST",
    "/v2/metric_group/search",
    params=(Param("metric_group", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": ListOf(Ref("metric_group", "MetricGroup")),
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


class MetricGroupsApi:
    """Metric groups - like metrics grouped across lines and factories."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def v2_metric_group_search_post(
        self, metric_group: Union[MetricGroup, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[MetricGroup]:
        """Search for a specific Metric Group:

        - `name`
        - `match: unique` or omit

        OR

        - `id`
        - `match: unique` or omit

        Search for all Metric Groups:
        - `match: all`"""
        return self.api_client.call(_V2_METRIC_GROUP_SEARCH_POST, (metric_group,), _options).data

    @_validated
    def v2_metric_group_search_post_with_http_info(
        self, metric_group: Union[MetricGroup, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[MetricGroup]]:
        """Like `v2_metric_group_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_METRIC_GROUP_SEARCH_POST, (metric_group,), _options)

    @_validated
    def v2_metric_group_search_post_without_preload_content(
        self, metric_group: Union[MetricGroup, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_metric_group_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_METRIC_GROUP_SEARCH_POST, (metric_group,), _options)


class AsyncMetricGroupsApi:
    """MetricGroupsApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def v2_metric_group_search_post(
        self, metric_group: Union[MetricGroup, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[MetricGroup]:
        """Search for a specific Metric Group:

        - `name`
        - `match: unique` or omit

        OR

        - `id`
        - `match: unique` or omit

        Search for all Metric Groups:
        - `match: all`"""
        response = await self.api_client.call(
            _V2_METRIC_GROUP_SEARCH_POST, (metric_group,), _options
        )
        return response.data

    @_validated
    async def v2_metric_group_search_post_with_http_info(
        self, metric_group: Union[MetricGroup, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[MetricGroup]]:
        """Like `v2_metric_group_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_METRIC_GROUP_SEARCH_POST, (metric_group,), _options)

    @_validated
    async def v2_metric_group_search_post_without_preload_content(
        self, metric_group: Union[MetricGroup, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_metric_group_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_METRIC_GROUP_SEARCH_POST, (metric_group,), _options
        )
