"""ProductsApi: the operations tagged "Products" of Oden API."""

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
    from oden.models.product import Product
    from oden.rest import RESTResponseType

_validated = validation(
    {
        "Product": ("oden.models.product", "Product"),
        "RequestOptions": ("oden.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_V2_PRODUCT_DELETE_POST: Operation[None] = Operation(
    "POST",
    "/v2/product/delete",
    params=(Param("product", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
        "404": Ref("generic_error", "GenericError"),
    },
    auth=("APIKeyAuth",),
)

_V2_PRODUCT_SEARCH_POST: Operation[list[Product]] = Operation(
    "POST",
    "/v2/product/search",
    params=(Param("product", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": ListOf(Ref("product", "Product")),
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "403": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
    },
    auth=("APIKeyAuth",),
)

_V2_PRODUCT_SET_POST: Operation[None] = Operation(
    "POST",
    "/v2/product/set",
    params=(Param("product", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
    },
    auth=("APIKeyAuth",),
)


class ProductsApi:
    """Products manufactured by the organization."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def v2_product_delete_post(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a Product by unique identifier:
        - `name`
        - `match: unique` or omit

        OR

        - `id`
        - `match: unique` or omit

        A deleted Product will not show up in Product searches or dropdowns, but associated Intervals will still exist.
        """
        self.api_client.call(_V2_PRODUCT_DELETE_POST, (product,), _options)

    @_validated
    def v2_product_delete_post_with_http_info(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `v2_product_delete_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_PRODUCT_DELETE_POST, (product,), _options)

    @_validated
    def v2_product_delete_post_without_preload_content(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_product_delete_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_PRODUCT_DELETE_POST, (product,), _options)

    @_validated
    def v2_product_search_post(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[Product]:
        """Search for specific Product:
        - `name`
        - `match: unique` or omit

        OR

        - `id`
        - `match: unique` or omit

        May be used to confirm a Product exists or to get a Product `id` if `name` is known, or `name` if `id` is known.
        """
        return self.api_client.call(_V2_PRODUCT_SEARCH_POST, (product,), _options).data

    @_validated
    def v2_product_search_post_with_http_info(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Product]]:
        """Like `v2_product_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_PRODUCT_SEARCH_POST, (product,), _options)

    @_validated
    def v2_product_search_post_without_preload_content(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_product_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_PRODUCT_SEARCH_POST, (product,), _options)

    @_validated
    def v2_product_set_post(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> None:
        """To **create** a new Product, include `name`, and omit `id` field.

        To **update** an existing Product, include the `id` of the existing product the updated `name`.
        """
        self.api_client.call(_V2_PRODUCT_SET_POST, (product,), _options)

    @_validated
    def v2_product_set_post_with_http_info(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `v2_product_set_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_PRODUCT_SET_POST, (product,), _options)

    @_validated
    def v2_product_set_post_without_preload_content(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_product_set_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_PRODUCT_SET_POST, (product,), _options)


class AsyncProductsApi:
    """ProductsApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def v2_product_delete_post(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a Product by unique identifier:
        - `name`
        - `match: unique` or omit

        OR

        - `id`
        - `match: unique` or omit

        A deleted Product will not show up in Product searches or dropdowns, but associated Intervals will still exist.
        """
        await self.api_client.call(_V2_PRODUCT_DELETE_POST, (product,), _options)

    @_validated
    async def v2_product_delete_post_with_http_info(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `v2_product_delete_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_PRODUCT_DELETE_POST, (product,), _options)

    @_validated
    async def v2_product_delete_post_without_preload_content(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_product_delete_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_PRODUCT_DELETE_POST, (product,), _options)

    @_validated
    async def v2_product_search_post(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> list[Product]:
        """Search for specific Product:
        - `name`
        - `match: unique` or omit

        OR

        - `id`
        - `match: unique` or omit

        May be used to confirm a Product exists or to get a Product `id` if `name` is known, or `name` if `id` is known.
        """
        response = await self.api_client.call(_V2_PRODUCT_SEARCH_POST, (product,), _options)
        return response.data

    @_validated
    async def v2_product_search_post_with_http_info(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Product]]:
        """Like `v2_product_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_PRODUCT_SEARCH_POST, (product,), _options)

    @_validated
    async def v2_product_search_post_without_preload_content(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_product_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_PRODUCT_SEARCH_POST, (product,), _options)

    @_validated
    async def v2_product_set_post(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> None:
        """To **create** a new Product, include `name`, and omit `id` field.

        To **update** an existing Product, include the `id` of the existing product the updated `name`.
        """
        await self.api_client.call(_V2_PRODUCT_SET_POST, (product,), _options)

    @_validated
    async def v2_product_set_post_with_http_info(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `v2_product_set_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_PRODUCT_SET_POST, (product,), _options)

    @_validated
    async def v2_product_set_post_without_preload_content(
        self, product: Union[Product, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_product_set_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_PRODUCT_SET_POST, (product,), _options)
