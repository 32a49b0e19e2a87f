"""MetricGroupsApi: the operations tagged "MetricGroups" of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union, cast

from oden._operation import Operation, Param
from oden.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from oden.api_client import RequestOptions
    from oden.api_response import ApiResponse
    from oden.async_api_client import AsyncApiClient
    from oden.models.metric_group import MetricGroup
    from oden.rest import RESTResponse

_V2_METRIC_GROUP_SEARCH_POST = Operation(
    "POST",
    "/v2/metric_group/search",
    params=(Param("metric_group", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": "list[MetricGroup]",
        "409": "V2LineSearchPost409Response",
        "401": "GenericError",
        "403": "GenericError",
        "500": "V2LineSearchPost500Response",
        "501": "GenericError",
        "400": "V2LineSearchPost400Response",
        "404": "GenericError",
    },
    auth=("APIKeyAuth",),
)


class MetricGroupsApi:
    """Metric groups - like metrics grouped across lines and factories."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

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
        response = self.api_client.call(_V2_METRIC_GROUP_SEARCH_POST, locals(), _options)
        return cast("list[MetricGroup]", response.data)

    def v2_metric_group_search_post_with_http_info(
        self, metric_group: Union[MetricGroup, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[MetricGroup]]:
        """Like `v2_metric_group_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_METRIC_GROUP_SEARCH_POST, locals(), _options)

    def v2_metric_group_search_post_without_preload_content(
        self, metric_group: Union[MetricGroup, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponse:
        """Like `v2_metric_group_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_METRIC_GROUP_SEARCH_POST, locals(), _options)


class AsyncMetricGroupsApi:
    """MetricGroupsApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

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
        response = await self.api_client.call(_V2_METRIC_GROUP_SEARCH_POST, locals(), _options)
        return cast("list[MetricGroup]", response.data)

    async def v2_metric_group_search_post_with_http_info(
        self, metric_group: Union[MetricGroup, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[MetricGroup]]:
        """Like `v2_metric_group_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_METRIC_GROUP_SEARCH_POST, locals(), _options)

    async def v2_metric_group_search_post_without_preload_content(
        self, metric_group: Union[MetricGroup, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_metric_group_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_METRIC_GROUP_SEARCH_POST, locals(), _options)
