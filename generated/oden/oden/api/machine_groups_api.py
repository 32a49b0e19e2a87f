"""MachineGroupsApi: the operations tagged "MachineGroups" of Oden API."""

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
    from oden.models.factory import Factory
    from oden.models.line import Line
    from oden.rest import RESTResponseType

_validated = validation(
    {
        "Factory": ("oden.models.factory", "Factory"),
        "Line": ("oden.models.line", "Line"),
        "RequestOptions": ("oden.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_V2_FACTORY_SEARCH_POST: Operation[list[Factory]] = Operation(
    "POST",
    "/v2/factory/search",
    params=(Param("factory", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": ListOf(Ref("factory", "Factory")),
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

_V2_LINE_SEARCH_POST: Operation[list[Line]] = Operation(
    "POST",
    "/v2/line/search",
    params=(Param("line", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": ListOf(Ref("line", "Line")),
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


class MachineGroupsApi:
    """Machine groups (assets) - factories and lines."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def v2_factory_search_post(
        self, factory: Union[Factory, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[Factory]:
        """Search for a specific Factory by a unique indentifier:
        - `name`
        - `match: unique` or omit

        OR

        - `id`
        - `match: unique` or omit

        Search for all factories:
        - `match: all`"""
        return self.api_client.call(_V2_FACTORY_SEARCH_POST, (factory,), _options).data

    @_validated
    def v2_factory_search_post_with_http_info(
        self, factory: Union[Factory, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Factory]]:
        """Like `v2_factory_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_FACTORY_SEARCH_POST, (factory,), _options)

    @_validated
    def v2_factory_search_post_without_preload_content(
        self, factory: Union[Factory, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_factory_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_FACTORY_SEARCH_POST, (factory,), _options)

    @_validated
    def v2_line_search_post(
        self, line: Union[Line, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[Line]:
        """Search for specific Line by any Line identifier. Either:
        - `id`
        - `match: unique` or omit

        OR
        - `factory`
          - `name` or `id`
        - line `name`
        - `match: unique` or omit

        Search for all Lines for a given Factory:
        - `factory`
          - `name` or `id`
        - `match: all`"""
        return self.api_client.call(_V2_LINE_SEARCH_POST, (line,), _options).data

    @_validated
    def v2_line_search_post_with_http_info(
        self, line: Union[Line, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Line]]:
        """Like `v2_line_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_LINE_SEARCH_POST, (line,), _options)

    @_validated
    def v2_line_search_post_without_preload_content(
        self, line: Union[Line, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_line_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_LINE_SEARCH_POST, (line,), _options)


class AsyncMachineGroupsApi:
    """MachineGroupsApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def v2_factory_search_post(
        self, factory: Union[Factory, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[Factory]:
        """Search for a specific Factory by a unique indentifier:
        - `name`
        - `match: unique` or omit

        OR

        - `id`
        - `match: unique` or omit

        Search for all factories:
        - `match: all`"""
        response = await self.api_client.call(_V2_FACTORY_SEARCH_POST, (factory,), _options)
        return response.data

    @_validated
    async def v2_factory_search_post_with_http_info(
        self, factory: Union[Factory, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Factory]]:
        """Like `v2_factory_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_FACTORY_SEARCH_POST, (factory,), _options)

    @_validated
    async def v2_factory_search_post_without_preload_content(
        self, factory: Union[Factory, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_factory_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_FACTORY_SEARCH_POST, (factory,), _options)

    @_validated
    async def v2_line_search_post(
        self, line: Union[Line, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[Line]:
        """Search for specific Line by any Line identifier. Either:
        - `id`
        - `match: unique` or omit

        OR
        - `factory`
          - `name` or `id`
        - line `name`
        - `match: unique` or omit

        Search for all Lines for a given Factory:
        - `factory`
          - `name` or `id`
        - `match: all`"""
        response = await self.api_client.call(_V2_LINE_SEARCH_POST, (line,), _options)
        return response.data

    @_validated
    async def v2_line_search_post_with_http_info(
        self, line: Union[Line, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Line]]:
        """Like `v2_line_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_LINE_SEARCH_POST, (line,), _options)

    @_validated
    async def v2_line_search_post_without_preload_content(
        self, line: Union[Line, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_line_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_LINE_SEARCH_POST, (line,), _options)
