"""ProductAttributesApi: the operations tagged "ProductAttributes" of Oden API."""

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
    from oden.models.product_attribute import ProductAttribute
    from oden.rest import RESTResponse

_V2_PRODUCT_ATTRIBUTE_SEARCH_POST = Operation(
    "POST",
    "/v2/product_attribute/search",
    params=(Param("product_attribute", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": "list[ProductAttribute]",
        "409": "V2LineSearchPost409Response",
        "401": "GenericError",
        "500": "V2LineSearchPost500Response",
        "501": "GenericError",
        "400": "V2LineSearchPost400Response",
    },
    auth=("APIKeyAuth",),
)

_V2_PRODUCT_ATTRIBUTE_SET_POST = Operation(
    "POST",
    "/v2/product_attribute/set",
    params=(Param("product_attribute", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": "list[ProductAttribute]",
        "409": "V2LineSearchPost409Response",
        "401": "GenericError",
        "500": "V2LineSearchPost500Response",
        "501": "GenericError",
        "400": "V2LineSearchPost400Response",
    },
    auth=("APIKeyAuth",),
)


class ProductAttributesApi:
    """Attributes of products, such as a color or material."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    def v2_product_attribute_search_post(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> list[ProductAttribute]:
        """Searches for Product Attributes

        Product attributes may be searched by ID, product, or, display_name - in that order.

        If an ID is supplied, it will be used to search for a Product Attribute, and display_name, product will be ignored.

        If a product is supplied (and no ID), it will be used to search for a Product Attribute, and display_name will be ignored.
        """
        response = self.api_client.call(_V2_PRODUCT_ATTRIBUTE_SEARCH_POST, locals(), _options)
        return cast("list[ProductAttribute]", response.data)

    def v2_product_attribute_search_post_with_http_info(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductAttribute]]:
        """Like `v2_product_attribute_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_PRODUCT_ATTRIBUTE_SEARCH_POST, locals(), _options)

    def v2_product_attribute_search_post_without_preload_content(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponse:
        """Like `v2_product_attribute_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_PRODUCT_ATTRIBUTE_SEARCH_POST, locals(), _options)

    def v2_product_attribute_set_post(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> list[ProductAttribute]:
        """Set a Product Attribute for a Product.

        If the supplied Product Attribute doesn't exist, it will be created.

        If the supplied Product Attribute Value doesn't exist, it will be created.

        If the supplied Product Attribute Value is already set for the Product, it will be updated.

        If the supplied Product Attribute Value is not set for the Product, it will be added.

        Supplied Product must exist already."""
        response = self.api_client.call(_V2_PRODUCT_ATTRIBUTE_SET_POST, locals(), _options)
        return cast("list[ProductAttribute]", response.data)

    def v2_product_attribute_set_post_with_http_info(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductAttribute]]:
        """Like `v2_product_attribute_set_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_PRODUCT_ATTRIBUTE_SET_POST, locals(), _options)

    def v2_product_attribute_set_post_without_preload_content(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponse:
        """Like `v2_product_attribute_set_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_PRODUCT_ATTRIBUTE_SET_POST, locals(), _options)


class AsyncProductAttributesApi:
    """ProductAttributesApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    async def v2_product_attribute_search_post(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> list[ProductAttribute]:
        """Searches for Product Attributes

        Product attributes may be searched by ID, product, or, display_name - in that order.

        If an ID is supplied, it will be used to search for a Product Attribute, and display_name, product will be ignored.

        If a product is supplied (and no ID), it will be used to search for a Product Attribute, and display_name will be ignored.
        """
        response = await self.api_client.call(_V2_PRODUCT_ATTRIBUTE_SEARCH_POST, locals(), _options)
        return cast("list[ProductAttribute]", response.data)

    async def v2_product_attribute_search_post_with_http_info(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductAttribute]]:
        """Like `v2_product_attribute_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_PRODUCT_ATTRIBUTE_SEARCH_POST, locals(), _options)

    async def v2_product_attribute_search_post_without_preload_content(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_product_attribute_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_PRODUCT_ATTRIBUTE_SEARCH_POST, locals(), _options)

    async def v2_product_attribute_set_post(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> list[ProductAttribute]:
        """Set a Product Attribute for a Product.

        If the supplied Product Attribute doesn't exist, it will be created.

        If the supplied Product Attribute Value doesn't exist, it will be created.

        If the supplied Product Attribute Value is already set for the Product, it will be updated.

        If the supplied Product Attribute Value is not set for the Product, it will be added.

        Supplied Product must exist already."""
        response = await self.api_client.call(_V2_PRODUCT_ATTRIBUTE_SET_POST, locals(), _options)
        return cast("list[ProductAttribute]", response.data)

    async def v2_product_attribute_set_post_with_http_info(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductAttribute]]:
        """Like `v2_product_attribute_set_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_PRODUCT_ATTRIBUTE_SET_POST, locals(), _options)

    async def v2_product_attribute_set_post_without_preload_content(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_product_attribute_set_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_PRODUCT_ATTRIBUTE_SET_POST, locals(), _options)
