"""DefaultApi: the operations tagged "default" of Pet Store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_basics._operation import Operation
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

_HEALTH: Operation[str] = Operation("GET", "/health", accepts=("text/plain",), returns={"200": str})


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def health(self, **_options: Unpack[RequestOptions]) -> str:
        """GET /health"""
        return self.api_client.call(_HEALTH, (), _options).data

    @_validated
    def health_with_http_info(self, **_options: Unpack[RequestOptions]) -> ApiResponse[str]:
        """Like `health`, with status code, headers and raw body too."""
        return self.api_client.call(_HEALTH, (), _options)

    @_validated
    def health_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `health`, returning the HTTP response unread."""
        return self.api_client.call_raw(_HEALTH, (), _options)


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def health(self, **_options: Unpack[RequestOptions]) -> str:
        """GET /health"""
        response = await self.api_client.call(_HEALTH, (), _options)
        return response.data

    @_validated
    async def health_with_http_info(self, **_options: Unpack[RequestOptions]) -> ApiResponse[str]:
        """Like `health`, with status code, headers and raw body too."""
        return await self.api_client.call(_HEALTH, (), _options)

    @_validated
    async def health_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `health`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_HEALTH, (), _options)
