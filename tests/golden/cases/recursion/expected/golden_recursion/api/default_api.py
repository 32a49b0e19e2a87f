"""DefaultApi: the operations tagged "default" of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursion._operation import Operation
from golden_recursion._types import Ref
from golden_recursion._validate import validation
from golden_recursion.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_recursion.api_client import RequestOptions
    from golden_recursion.api_response import ApiResponse
    from golden_recursion.async_api_client import AsyncApiClient
    from golden_recursion.models.node import Node
    from golden_recursion.models.ring000 import Ring000
    from golden_recursion.rest import RESTResponseType

_validated = validation(
    {
        "RequestOptions": ("golden_recursion.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_GET_RING: Operation[Ring000] = Operation(
    "GET", "/ring", accepts=("application/json",), returns={"200": Ref("ring000", "Ring000")}
)

_GET_TREE: Operation[Node] = Operation(
    "GET", "/trees", accepts=("application/json",), returns={"200": Ref("node", "Node")}
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def get_ring(self, **_options: Unpack[RequestOptions]) -> Ring000:
        """GET /ring"""
        return self.api_client.call(_GET_RING, (), _options).data

    @_validated
    def get_ring_with_http_info(self, **_options: Unpack[RequestOptions]) -> ApiResponse[Ring000]:
        """Like `get_ring`, with status code, headers and raw body too."""
        return self.api_client.call(_GET_RING, (), _options)

    @_validated
    def get_ring_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `get_ring`, returning the HTTP response unread."""
        return self.api_client.call_raw(_GET_RING, (), _options)

    @_validated
    def get_tree(self, **_options: Unpack[RequestOptions]) -> Node:
        """GET /trees"""
        return self.api_client.call(_GET_TREE, (), _options).data

    @_validated
    def get_tree_with_http_info(self, **_options: Unpack[RequestOptions]) -> ApiResponse[Node]:
        """Like `get_tree`, with status code, headers and raw body too."""
        return self.api_client.call(_GET_TREE, (), _options)

    @_validated
    def get_tree_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `get_tree`, returning the HTTP response unread."""
        return self.api_client.call_raw(_GET_TREE, (), _options)


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def get_ring(self, **_options: Unpack[RequestOptions]) -> Ring000:
        """GET /ring"""
        response = await self.api_client.call(_GET_RING, (), _options)
        return response.data

    @_validated
    async def get_ring_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Ring000]:
        """Like `get_ring`, with status code, headers and raw body too."""
        return await self.api_client.call(_GET_RING, (), _options)

    @_validated
    async def get_ring_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_ring`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_GET_RING, (), _options)

    @_validated
    async def get_tree(self, **_options: Unpack[RequestOptions]) -> Node:
        """GET /trees"""
        response = await self.api_client.call(_GET_TREE, (), _options)
        return response.data

    @_validated
    async def get_tree_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Node]:
        """Like `get_tree`, with status code, headers and raw body too."""
        return await self.api_client.call(_GET_TREE, (), _options)

    @_validated
    async def get_tree_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_tree`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_GET_TREE, (), _options)
