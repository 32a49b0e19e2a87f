"""DefaultApi: the operations tagged "default" of Enums."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, Optional

from golden_enums._model import ARGUMENT_ENUM
from golden_enums._operation import Operation, Param
from golden_enums._types import ListOf, Ref
from golden_enums._validate import validation
from golden_enums.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_enums.api_client import RequestOptions
    from golden_enums.api_response import ApiResponse
    from golden_enums.async_api_client import AsyncApiClient
    from golden_enums.models.order import Order
    from golden_enums.models.status import Status
    from golden_enums.rest import RESTResponseType

_validated = validation(
    {
        "RequestOptions": ("golden_enums.api_client", "RequestOptions"),
        "Status": ("golden_enums.models.status", "Status"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_LIST_ORDERS: Operation[list[Order]] = Operation(
    "GET",
    "/orders",
    params=(Param("status", "query"), Param("sort", "query")),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("order", "Order"))},
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def list_orders(
        self,
        status: Optional[Status] = None,
        sort: Optional[Annotated[Literal["asc", "desc"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[Order]:
        """GET /orders"""
        return self.api_client.call(_LIST_ORDERS, (status, sort), _options).data

    @_validated
    def list_orders_with_http_info(
        self,
        status: Optional[Status] = None,
        sort: Optional[Annotated[Literal["asc", "desc"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[Order]]:
        """Like `list_orders`, with status code, headers and raw body too."""
        return self.api_client.call(_LIST_ORDERS, (status, sort), _options)

    @_validated
    def list_orders_without_preload_content(
        self,
        status: Optional[Status] = None,
        sort: Optional[Annotated[Literal["asc", "desc"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `list_orders`, returning the HTTP response unread."""
        return self.api_client.call_raw(_LIST_ORDERS, (status, sort), _options)


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def list_orders(
        self,
        status: Optional[Status] = None,
        sort: Optional[Annotated[Literal["asc", "desc"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[Order]:
        """GET /orders"""
        response = await self.api_client.call(_LIST_ORDERS, (status, sort), _options)
        return response.data

    @_validated
    async def list_orders_with_http_info(
        self,
        status: Optional[Status] = None,
        sort: Optional[Annotated[Literal["asc", "desc"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[Order]]:
        """Like `list_orders`, with status code, headers and raw body too."""
        return await self.api_client.call(_LIST_ORDERS, (status, sort), _options)

    @_validated
    async def list_orders_without_preload_content(
        self,
        status: Optional[Status] = None,
        sort: Optional[Annotated[Literal["asc", "desc"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `list_orders`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_LIST_ORDERS, (status, sort), _options)
