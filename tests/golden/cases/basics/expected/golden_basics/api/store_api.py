"""StoreApi: the operations tagged 'store' of Pet Store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from golden_basics._operation import Operation
from golden_basics.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_basics.api_client import RequestOptions
    from golden_basics.api_response import ApiResponse
    from golden_basics.async_api_client import AsyncApiClient
    from golden_basics.rest import RESTResponse

_GET_INVENTORY = Operation(
    "GET",
    "/store/inventory",
    params=(),
    content_types=(),
    accepts=("application/json",),
    returns={"200": "dict[str, int]"},
    auth=("api_key",),
)


class StoreApi:
    """Operations tagged 'store'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    def get_inventory(self, **options: Unpack[RequestOptions]) -> dict[str, int]:
        """Counts of pets by status."""
        return self.get_inventory_with_http_info(**options).data

    def get_inventory_with_http_info(
        self, **options: Unpack[RequestOptions]
    ) -> ApiResponse[dict[str, int]]:
        """Like `get_inventory`, returning status code, headers and raw body as well."""
        response = self.api_client.call(_GET_INVENTORY, {}, options)
        return cast("ApiResponse[dict[str, int]]", response)

    def get_inventory_without_preload_content(
        self, **options: Unpack[RequestOptions]
    ) -> RESTResponse:
        """Like `get_inventory`, returning the HTTP response with its body unread."""
        return self.api_client.call_raw(_GET_INVENTORY, {}, options)


class AsyncStoreApi:
    """StoreApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    async def get_inventory(self, **options: Unpack[RequestOptions]) -> dict[str, int]:
        """Counts of pets by status."""
        return (await self.get_inventory_with_http_info(**options)).data

    async def get_inventory_with_http_info(
        self, **options: Unpack[RequestOptions]
    ) -> ApiResponse[dict[str, int]]:
        """Like `get_inventory`, returning status code, headers and raw body as well."""
        response = await self.api_client.call(_GET_INVENTORY, {}, options)
        return cast("ApiResponse[dict[str, int]]", response)

    async def get_inventory_without_preload_content(
        self, **options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_inventory`, returning the HTTP response with its body unread."""
        return await self.api_client.call_raw(_GET_INVENTORY, {}, options)
