"""DefaultApi: the operations tagged "default" of Inline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union

from golden_inline_schemas._operation import Operation, Param
from golden_inline_schemas._types import Ref
from golden_inline_schemas._validate import validation
from golden_inline_schemas.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_inline_schemas.api_client import RequestOptions
    from golden_inline_schemas.api_response import ApiResponse
    from golden_inline_schemas.async_api_client import AsyncApiClient
    from golden_inline_schemas.models.v2_intervals_delete_post200_response import (
        V2IntervalsDeletePost200Response,
    )
    from golden_inline_schemas.models.v2_intervals_delete_post_request import (
        V2IntervalsDeletePostRequest,
    )
    from golden_inline_schemas.rest import RESTResponseType

_validated = validation(
    {
        "RequestOptions": ("golden_inline_schemas.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
        "V2IntervalsDeletePostRequest": (
            "golden_inline_schemas.models.v2_intervals_delete_post_request",
            "V2IntervalsDeletePostRequest",
        ),
    }
)

_V2_INTERVALS_DELETE_POST: Operation[V2IntervalsDeletePost200Response] = Operation(
    "POST",
    "/v2/intervals/delete",
    params=(Param("v2_intervals_delete_post_request", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": Ref("v2_intervals_delete_post200_response", "V2IntervalsDeletePost200Response"),
        "400": Ref("v2_intervals_delete_post400_response", "V2IntervalsDeletePost400Response"),
    },
)

_V2_INTERVALS_SET_POST: Operation[None] = Operation(
    "POST",
    "/v2/intervals/set",
    params=(Param("v2_intervals_delete_post_request", "body"),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "400": Ref("v2_intervals_delete_post400_response", "V2IntervalsDeletePost400Response"),
    },
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def v2_intervals_delete_post(
        self,
        v2_intervals_delete_post_request: Union[V2IntervalsDeletePostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> V2IntervalsDeletePost200Response:
        """POST /v2/intervals/delete"""
        return self.api_client.call(
            _V2_INTERVALS_DELETE_POST, (v2_intervals_delete_post_request,), _options
        ).data

    @_validated
    def v2_intervals_delete_post_with_http_info(
        self,
        v2_intervals_delete_post_request: Union[V2IntervalsDeletePostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[V2IntervalsDeletePost200Response]:
        """Like `v2_intervals_delete_post`, with status code, headers and raw body too."""
        return self.api_client.call(
            _V2_INTERVALS_DELETE_POST, (v2_intervals_delete_post_request,), _options
        )

    @_validated
    def v2_intervals_delete_post_without_preload_content(
        self,
        v2_intervals_delete_post_request: Union[V2IntervalsDeletePostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_intervals_delete_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _V2_INTERVALS_DELETE_POST, (v2_intervals_delete_post_request,), _options
        )

    @_validated
    def v2_intervals_set_post(
        self,
        v2_intervals_delete_post_request: Optional[
            Union[V2IntervalsDeletePostRequest, dict[str, Any]]
        ] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """POST /v2/intervals/set"""
        self.api_client.call(_V2_INTERVALS_SET_POST, (v2_intervals_delete_post_request,), _options)

    @_validated
    def v2_intervals_set_post_with_http_info(
        self,
        v2_intervals_delete_post_request: Optional[
            Union[V2IntervalsDeletePostRequest, dict[str, Any]]
        ] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_intervals_set_post`, with status code, headers and raw body too."""
        return self.api_client.call(
            _V2_INTERVALS_SET_POST, (v2_intervals_delete_post_request,), _options
        )

    @_validated
    def v2_intervals_set_post_without_preload_content(
        self,
        v2_intervals_delete_post_request: Optional[
            Union[V2IntervalsDeletePostRequest, dict[str, Any]]
        ] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_intervals_set_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _V2_INTERVALS_SET_POST, (v2_intervals_delete_post_request,), _options
        )


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def v2_intervals_delete_post(
        self,
        v2_intervals_delete_post_request: Union[V2IntervalsDeletePostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> V2IntervalsDeletePost200Response:
        """POST /v2/intervals/delete"""
        response = await self.api_client.call(
            _V2_INTERVALS_DELETE_POST, (v2_intervals_delete_post_request,), _options
        )
        return response.data

    @_validated
    async def v2_intervals_delete_post_with_http_info(
        self,
        v2_intervals_delete_post_request: Union[V2IntervalsDeletePostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[V2IntervalsDeletePost200Response]:
        """Like `v2_intervals_delete_post`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _V2_INTERVALS_DELETE_POST, (v2_intervals_delete_post_request,), _options
        )

    @_validated
    async def v2_intervals_delete_post_without_preload_content(
        self,
        v2_intervals_delete_post_request: Union[V2IntervalsDeletePostRequest, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_intervals_delete_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_INTERVALS_DELETE_POST, (v2_intervals_delete_post_request,), _options
        )

    @_validated
    async def v2_intervals_set_post(
        self,
        v2_intervals_delete_post_request: Optional[
            Union[V2IntervalsDeletePostRequest, dict[str, Any]]
        ] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """POST /v2/intervals/set"""
        await self.api_client.call(
            _V2_INTERVALS_SET_POST, (v2_intervals_delete_post_request,), _options
        )

    @_validated
    async def v2_intervals_set_post_with_http_info(
        self,
        v2_intervals_delete_post_request: Optional[
            Union[V2IntervalsDeletePostRequest, dict[str, Any]]
        ] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_intervals_set_post`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _V2_INTERVALS_SET_POST, (v2_intervals_delete_post_request,), _options
        )

    @_validated
    async def v2_intervals_set_post_without_preload_content(
        self,
        v2_intervals_delete_post_request: Optional[
            Union[V2IntervalsDeletePostRequest, dict[str, Any]]
        ] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_intervals_set_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_INTERVALS_SET_POST, (v2_intervals_delete_post_request,), _options
        )
