"""ProductAttributesApi: the operations tagged "ProductAttributes" of Oden API."""

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
    from oden.models.product_attribute import ProductAttribute
    from oden.rest import RESTResponseType

_validated = validation(
    {
        "ProductAttribute": ("oden.models.product_attribute", "ProductAttribute"),
        "RequestOptions": ("oden.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_V2_PRODUCT_ATTRIBUTE_SEARCH_POST: Operation[list[ProductAttribute]] = Operation(
    "POST",
    "/v2/product_attribute/search",
    params=(Param("product_attribute", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": ListOf(Ref("product_attribute", "ProductAttribute")),
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
    },
    auth=("APIKeyAuth",),
)

_V2_PRODUCT_ATTRIBUTE_SET_POST: Operation[list[ProductAttribute]] = Operation(
    "POST",
    "/v2/product_attribute/set",
    params=(Param("product_attribute", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": ListOf(Ref("product_attribute", "ProductAttribute")),
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
    },
    auth=("APIKeyAuth",),
)


class ProductAttributesApi:
    """Attributes of products, such as a color or material."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
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
        return self.api_client.call(
            _V2_PRODUCT_ATTRIBUTE_SEARCH_POST, (product_attribute,), _options
        ).data

    @_validated
    def v2_product_attribute_search_post_with_http_info(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductAttribute]]:
        """Like `v2_product_attribute_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(
            _V2_PRODUCT_ATTRIBUTE_SEARCH_POST, (product_attribute,), _options
        )

    @_validated
    def v2_product_attribute_search_post_without_preload_content(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_product_attribute_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _V2_PRODUCT_ATTRIBUTE_SEARCH_POST, (product_attribute,), _options
        )

    @_validated
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
        return self.api_client.call(
            _V2_PRODUCT_ATTRIBUTE_SET_POST, (product_attribute,), _options
        ).data

    @_validated
    def v2_product_attribute_set_post_with_http_info(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductAttribute]]:
        """Like `v2_product_attribute_set_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_PRODUCT_ATTRIBUTE_SET_POST, (product_attribute,), _options)

    @_validated
    def v2_product_attribute_set_post_without_preload_content(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_product_attribute_set_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _V2_PRODUCT_ATTRIBUTE_SET_POST, (product_attribute,), _options
        )


class AsyncProductAttributesApi:
    """ProductAttributesApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
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
        response = await self.api_client.call(
            _V2_PRODUCT_ATTRIBUTE_SEARCH_POST, (product_attribute,), _options
        )
        return response.data

    @_validated
    async def v2_product_attribute_search_post_with_http_info(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductAttribute]]:
        """Like `v2_product_attribute_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _V2_PRODUCT_ATTRIBUTE_SEARCH_POST, (product_attribute,), _options
        )

    @_validated
    async def v2_product_attribute_search_post_without_preload_content(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_product_attribute_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_PRODUCT_ATTRIBUTE_SEARCH_POST, (product_attribute,), _options
        )

    @_validated
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
        response = await self.api_client.call(
            _V2_PRODUCT_ATTRIBUTE_SET_POST, (product_attribute,), _options
        )
        return response.data

    @_validated
    async def v2_product_attribute_set_post_with_http_info(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductAttribute]]:
        """Like `v2_product_attribute_set_post`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _V2_PRODUCT_ATTRIBUTE_SET_POST, (product_attribute,), _options
        )

    @_validated
    async def v2_product_attribute_set_post_without_preload_content(
        self,
        product_attribute: Union[ProductAttribute, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_product_attribute_set_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_PRODUCT_ATTRIBUTE_SET_POST, (product_attribute,), _options
        )
