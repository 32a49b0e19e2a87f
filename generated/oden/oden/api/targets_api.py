"""TargetsApi: the operations tagged "Targets" of Oden API."""

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
    from oden.models.target import Target
    from oden.rest import RESTResponseType

_validated = validation(
    {
        "RequestOptions": ("oden.api_client", "RequestOptions"),
        "Target": ("oden.models.target", "Target"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_V2_TARGET_SEARCH_POST: Operation[list[Target]] = Operation(
    "POST",
    "/v2/target/search",
    params=(Param("target", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": ListOf(Ref("target", "Target")),
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

_V2_TARGET_SET_POST: Operation[Target] = Operation(
    "POST",
    "/v2/target/set",
    params=(Param("target", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": Ref("target", "Target"),
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


class TargetsApi:
    """Performance targets for a line, product and metric group."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def v2_target_search_post(
        self, target: Union[Target, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[Target]:
        """Search for a Target by `line`, `metric_group`, and `product`. For each of these inputs, any of
        their unique indentifiers (as described in their `search` endpoint) may be used. See examples.
        """
        return self.api_client.call(_V2_TARGET_SEARCH_POST, (target,), _options).data

    @_validated
    def v2_target_search_post_with_http_info(
        self, target: Union[Target, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Target]]:
        """Like `v2_target_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_TARGET_SEARCH_POST, (target,), _options)

    @_validated
    def v2_target_search_post_without_preload_content(
        self, target: Union[Target, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_target_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_TARGET_SEARCH_POST, (target,), _options)

    @_validated
    def v2_target_set_post(
        self, target: Union[Target, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> Target:
        """Create or update a Target.

        First the endpoint will search for a Target by `metric_group`, `product`, and `line`:
        - If the target does not exist a new target is created.
        - If the product or its mapping to the given line does not exist, they will be created.
        - If a target exists but with different parameters, it will be updated.
        - If the target exists with all the same parameters nothing is done."""
        return self.api_client.call(_V2_TARGET_SET_POST, (target,), _options).data

    @_validated
    def v2_target_set_post_with_http_info(
        self, target: Union[Target, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Target]:
        """Like `v2_target_set_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_TARGET_SET_POST, (target,), _options)

    @_validated
    def v2_target_set_post_without_preload_content(
        self, target: Union[Target, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_target_set_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_TARGET_SET_POST, (target,), _options)


class AsyncTargetsApi:
    """TargetsApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def v2_target_search_post(
        self, target: Union[Target, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[Target]:
        """Search for a Target by `line`, `metric_group`, and `product`. For each of these inputs, any of
        their unique indentifiers (as described in their `search` endpoint) may be used. See examples.
        """
        response = await self.api_client.call(_V2_TARGET_SEARCH_POST, (target,), _options)
        return response.data

    @_validated
    async def v2_target_search_post_with_http_info(
        self, target: Union[Target, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Target]]:
        """Like `v2_target_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_TARGET_SEARCH_POST, (target,), _options)

    @_validated
    async def v2_target_search_post_without_preload_content(
        self, target: Union[Target, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_target_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_TARGET_SEARCH_POST, (target,), _options)

    @_validated
    async def v2_target_set_post(
        self, target: Union[Target, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> Target:
        """Create or update a Target.

        First the endpoint will search for a Target by `metric_group`, `product`, and `line`:
        - If the target does not exist a new target is created.
        - If the product or its mapping to the given line does not exist, they will be created.
        - If a target exists but with different parameters, it will be updated.
        - If the target exists with all the same parameters nothing is done."""
        response = await self.api_client.call(_V2_TARGET_SET_POST, (target,), _options)
        return response.data

    @_validated
    async def v2_target_set_post_with_http_info(
        self, target: Union[Target, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Target]:
        """Like `v2_target_set_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_TARGET_SET_POST, (target,), _options)

    @_validated
    async def v2_target_set_post_without_preload_content(
        self, target: Union[Target, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_target_set_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_TARGET_SET_POST, (target,), _options)
