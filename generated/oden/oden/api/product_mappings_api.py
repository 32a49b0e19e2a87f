"""ProductMappingsApi: the operations tagged "ProductMappings" of Oden API."""

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
    from oden.models.product_mapping import ProductMapping
    from oden.rest import RESTResponseType

_validated = validation(
    {
        "ProductMapping": ("oden.models.product_mapping", "ProductMapping"),
        "RequestOptions": ("oden.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_V2_PRODUCT_MAPPING_SEARCH_POST: Operation[list[ProductMapping]] = Operation(
    "POST",
    "/v2/product_mapping/search",
    params=(Param("product_mapping", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": ListOf(Ref("product_mapping", "ProductMapping")),
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
    },
    auth=("APIKeyAuth",),
)

_V2_PRODUCT_MAPPING_SET_POST: Operation[None] = Operation(
    "POST",
    "/v2/product_mapping/set",
    params=(Param("product_mapping", "body", required=True),),
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


class ProductMappingsApi:
    """Mappings of products to the lines that produce them."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def v2_product_mapping_search_post(
        self,
        product_mapping: Union[ProductMapping, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> list[ProductMapping]:
        """Searches for Product Mappings.

        May be used to confirm a Product Mapping exists.

        Much like `product/search`, may be used to get `name`s of line or product from `id`s,
        or `id`s from `name`s."""
        return self.api_client.call(
            _V2_PRODUCT_MAPPING_SEARCH_POST, (product_mapping,), _options
        ).data

    @_validated
    def v2_product_mapping_search_post_with_http_info(
        self,
        product_mapping: Union[ProductMapping, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductMapping]]:
        """Like `v2_product_mapping_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_PRODUCT_MAPPING_SEARCH_POST, (product_mapping,), _options)

    @_validated
    def v2_product_mapping_search_post_without_preload_content(
        self,
        product_mapping: Union[ProductMapping, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_product_mapping_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _V2_PRODUCT_MAPPING_SEARCH_POST, (product_mapping,), _options
        )

    @_validated
    def v2_product_mapping_set_post(
        self,
        product_mapping: Union[ProductMapping, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Map a Product to a Line - implying this Line can produce, or is producing this Product.

        If the supplied Product doesn't exist, it will be created."""
        self.api_client.call(_V2_PRODUCT_MAPPING_SET_POST, (product_mapping,), _options)

    @_validated
    def v2_product_mapping_set_post_with_http_info(
        self,
        product_mapping: Union[ProductMapping, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_product_mapping_set_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_PRODUCT_MAPPING_SET_POST, (product_mapping,), _options)

    @_validated
    def v2_product_mapping_set_post_without_preload_content(
        self,
        product_mapping: Union[ProductMapping, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_product_mapping_set_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_PRODUCT_MAPPING_SET_POST, (product_mapping,), _options)


class AsyncProductMappingsApi:
    """ProductMappingsApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def v2_product_mapping_search_post(
        self,
        product_mapping: Union[ProductMapping, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> list[ProductMapping]:
        """Searches for Product Mappings.

        May be used to confirm a Product Mapping exists.

        Much like `product/search`, may be used to get `name`s of line or product from `id`s,
        or `id`s from `name`s."""
        response = await self.api_client.call(
            _V2_PRODUCT_MAPPING_SEARCH_POST, (product_mapping,), _options
        )
        return response.data

    @_validated
    async def v2_product_mapping_search_post_with_http_info(
        self,
        product_mapping: Union[ProductMapping, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[ProductMapping]]:
        """Like `v2_product_mapping_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _V2_PRODUCT_MAPPING_SEARCH_POST, (product_mapping,), _options
        )

    @_validated
    async def v2_product_mapping_search_post_without_preload_content(
        self,
        product_mapping: Union[ProductMapping, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_product_mapping_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_PRODUCT_MAPPING_SEARCH_POST, (product_mapping,), _options
        )

    @_validated
    async def v2_product_mapping_set_post(
        self,
        product_mapping: Union[ProductMapping, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Map a Product to a Line - implying this Line can produce, or is producing this Product.

        If the supplied Product doesn't exist, it will be created."""
        await self.api_client.call(_V2_PRODUCT_MAPPING_SET_POST, (product_mapping,), _options)

    @_validated
    async def v2_product_mapping_set_post_with_http_info(
        self,
        product_mapping: Union[ProductMapping, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_product_mapping_set_post`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _V2_PRODUCT_MAPPING_SET_POST, (product_mapping,), _options
        )

    @_validated
    async def v2_product_mapping_set_post_without_preload_content(
        self,
        product_mapping: Union[ProductMapping, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_product_mapping_set_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_PRODUCT_MAPPING_SET_POST, (product_mapping,), _options
        )
