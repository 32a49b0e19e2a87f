"""StoreApi: the operations tagged "store" of Pet Store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_basics._operation import Operation
from golden_basics._types import DictOf
from golden_basics._validate import validation
from golden_basics.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_basics.api_client import RequestOptions
    from golden_basics.api_response import ApiResponse
    from golden_basics.async_api_client import AsyncApiClient
    from golden_basics.rest import RESTResponseType

_validated = validation(
    {
        "RequestOptions": ("golden_basics.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_GET_INVENTORY: Operation[dict[str, int]] = Operation(
    "GET",
    "/store/inventory",
    accepts=("application/json",),
    returns={"200": DictOf(int)},
    auth=("api_key",),
)


class StoreApi:
    """Operations tagged 'store'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def get_inventory(self, **_options: Unpack[RequestOptions]) -> dict[str, int]:
        """Deprecated: this operation may be removed from the API.

        Counts of pets by status."""
        return self.api_client.call(_GET_INVENTORY, (), _options).data

    @_validated
    def get_inventory_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[dict[str, int]]:
        """Like `get_inventory`, with status code, headers and raw body too."""
        return self.api_client.call(_GET_INVENTORY, (), _options)

    @_validated
    def get_inventory_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `get_inventory`, returning the HTTP response unread."""
        return self.api_client.call_raw(_GET_INVENTORY, (), _options)


class AsyncStoreApi:
    """StoreApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def get_inventory(self, **_options: Unpack[RequestOptions]) -> dict[str, int]:
        """Deprecated: this operation may be removed from the API.

        Counts of pets by status."""
        response = await self.api_client.call(_GET_INVENTORY, (), _options)
        return response.data

    @_validated
    async def get_inventory_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[dict[str, int]]:
        """Like `get_inventory`, with status code, headers and raw body too."""
        return await self.api_client.call(_GET_INVENTORY, (), _options)

    @_validated
    async def get_inventory_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_inventory`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_GET_INVENTORY, (), _options)
