"""ProductAttributesApi: the operations tagged 'ProductAttributes' of Oden API."""

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
    params=(Param("product_attribute", "product_attribute", "body"),),
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
    params=(Param("product_attribute", "product_attribute", "body"),),
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
        **options: Unpack[RequestOptions],
    ) -> list[ProductAttribute]:
        """Searches for Product Attributes

        Product attributes may be searched by ID, product, or, display_name - in that order.

        If an ID is supplied, it will be used to search for a Product Attribute, and display_name, product will be ignored.

        If a product is supplied (and no ID), it will be used to search for a Product Attribute, and display_name will be ignored.
        """
        return self.v2_product_attribute_search_post_with_http_info(
            product_attribute=product_attribute, **options
        ).data

    def v2_product_attribute_search_post_with_http_info(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductAttribute]]:
        """Like `v2_product_attribute_search_post`, returning status code, headers and raw body as well."""
        response = self.api_client.call(
            _V2_PRODUCT_ATTRIBUTE_SEARCH_POST, {"product_attribute": product_attribute}, options
        )
        return cast("ApiResponse[list[ProductAttribute]]", response)

    def v2_product_attribute_search_post_without_preload_content(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> RESTResponse:
        """Like `v2_product_attribute_search_post`, returning the HTTP response with its body unread."""
        return self.api_client.call_raw(
            _V2_PRODUCT_ATTRIBUTE_SEARCH_POST, {"product_attribute": product_attribute}, options
        )

    def v2_product_attribute_set_post(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> list[ProductAttribute]:
        """Set a Product Attribute for a Product.

        If the supplied Product Attribute doesn't exist, it will be created.

        If the supplied Product Attribute Value doesn't exist, it will be created.

        If the supplied Product Attribute Value is already set for the Product, it will be updated.

        If the supplied Product Attribute Value is not set for the Product, it will be added.

        Supplied Product must exist already."""
        return self.v2_product_attribute_set_post_with_http_info(
            product_attribute=product_attribute, **options
        ).data

    def v2_product_attribute_set_post_with_http_info(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductAttribute]]:
        """Like `v2_product_attribute_set_post`, returning status code, headers and raw body as well."""
        response = self.api_client.call(
            _V2_PRODUCT_ATTRIBUTE_SET_POST, {"product_attribute": product_attribute}, options
        )
        return cast("ApiResponse[list[ProductAttribute]]", response)

    def v2_product_attribute_set_post_without_preload_content(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> RESTResponse:
        """Like `v2_product_attribute_set_post`, returning the HTTP response with its body unread."""
        return self.api_client.call_raw(
            _V2_PRODUCT_ATTRIBUTE_SET_POST, {"product_attribute": product_attribute}, options
        )


class AsyncProductAttributesApi:
    """ProductAttributesApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    async def v2_product_attribute_search_post(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> list[ProductAttribute]:
        """Searches for Product Attributes

        Product attributes may be searched by ID, product, or, display_name - in that order.

        If an ID is supplied, it will be used to search for a Product Attribute, and display_name, product will be ignored.

        If a product is supplied (and no ID), it will be used to search for a Product Attribute, and display_name will be ignored.
        """
        return (
            await self.v2_product_attribute_search_post_with_http_info(
                product_attribute=product_attribute, **options
            )
        ).data

    async def v2_product_attribute_search_post_with_http_info(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductAttribute]]:
        """Like `v2_product_attribute_search_post`, returning status code, headers and raw body as well."""
        response = await self.api_client.call(
            _V2_PRODUCT_ATTRIBUTE_SEARCH_POST, {"product_attribute": product_attribute}, options
        )
        return cast("ApiResponse[list[ProductAttribute]]", response)

    async def v2_product_attribute_search_post_without_preload_content(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_product_attribute_search_post`, returning the HTTP response with its body unread."""
        return await self.api_client.call_raw(
            _V2_PRODUCT_ATTRIBUTE_SEARCH_POST, {"product_attribute": product_attribute}, options
        )

    async def v2_product_attribute_set_post(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> list[ProductAttribute]:
        """Set a Product Attribute for a Product.

        If the supplied Product Attribute doesn't exist, it will be created.

        If the supplied Product Attribute Value doesn't exist, it will be created.

        If the supplied Product Attribute Value is already set for the Product, it will be updated.

        If the supplied Product Attribute Value is not set for the Product, it will be added.

        Supplied Product must exist already."""
        return (
            await self.v2_product_attribute_set_post_with_http_info(
                product_attribute=product_attribute, **options
            )
        ).data

    async def v2_product_attribute_set_post_with_http_info(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductAttribute]]:
        """Like `v2_product_attribute_set_post`, returning status code, headers and raw body as well."""
        response = await self.api_client.call(
            _V2_PRODUCT_ATTRIBUTE_SET_POST, {"product_attribute": product_attribute}, options
        )
        return cast("ApiResponse[list[ProductAttribute]]", response)

    async def v2_product_attribute_set_post_without_preload_content(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_product_attribute_set_post`, returning the HTTP response with its body unread."""
        return await self.api_client.call_raw(
            _V2_PRODUCT_ATTRIBUTE_SET_POST, {"product_attribute": product_attribute}, options
        )
