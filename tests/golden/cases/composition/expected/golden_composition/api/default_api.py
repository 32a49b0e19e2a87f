"""DefaultApi: the operations tagged 'default' of Composition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union, cast

from golden_composition._operation import Operation, Param
from golden_composition.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_composition.api_client import RequestOptions
    from golden_composition.api_response import ApiResponse
    from golden_composition.async_api_client import AsyncApiClient
    from golden_composition.models.pet import Pet
    from golden_composition.models.record import Record
    from golden_composition.models.scalar import Scalar
    from golden_composition.models.shape import Shape
    from golden_composition.rest import RESTResponse

_ADD_PET = Operation(
    "POST",
    "/pets",
    params=(Param("pet", "pet", "body"),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": "Pet"},
    auth=(),
)
_GET_RECORD = Operation(
    "GET",
    "/records",
    params=(),
    content_types=(),
    accepts=("application/json",),
    returns={"200": "Record"},
    auth=(),
)
_GET_VALUE = Operation(
    "GET",
    "/values",
    params=(),
    content_types=(),
    accepts=("application/json",),
    returns={"200": "Scalar"},
    auth=(),
)
_LIST_SHAPES = Operation(
    "GET",
    "/shapes",
    params=(),
    content_types=(),
    accepts=("application/json",),
    returns={"200": "list[Shape]"},
    auth=(),
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    def add_pet(self, pet: Union[Pet, dict[str, Any]], **options: Unpack[RequestOptions]) -> Pet:
        """add_pet"""
        return self.add_pet_with_http_info(pet=pet, **options).data

    def add_pet_with_http_info(
        self, pet: Union[Pet, dict[str, Any]], **options: Unpack[RequestOptions]
    ) -> ApiResponse[Pet]:
        """Like `add_pet`, returning status code, headers and raw body as well."""
        response = self.api_client.call(_ADD_PET, {"pet": pet}, options)
        return cast("ApiResponse[Pet]", response)

    def add_pet_without_preload_content(
        self, pet: Union[Pet, dict[str, Any]], **options: Unpack[RequestOptions]
    ) -> RESTResponse:
        """Like `add_pet`, returning the HTTP response with its body unread."""
        return self.api_client.call_raw(_ADD_PET, {"pet": pet}, options)

    def get_record(self, **options: Unpack[RequestOptions]) -> Record:
        """get_record"""
        return self.get_record_with_http_info(**options).data

    def get_record_with_http_info(self, **options: Unpack[RequestOptions]) -> ApiResponse[Record]:
        """Like `get_record`, returning status code, headers and raw body as well."""
        response = self.api_client.call(_GET_RECORD, {}, options)
        return cast("ApiResponse[Record]", response)

    def get_record_without_preload_content(self, **options: Unpack[RequestOptions]) -> RESTResponse:
        """Like `get_record`, returning the HTTP response with its body unread."""
        return self.api_client.call_raw(_GET_RECORD, {}, options)

    def get_value(self, **options: Unpack[RequestOptions]) -> Scalar:
        """get_value"""
        return self.get_value_with_http_info(**options).data

    def get_value_with_http_info(self, **options: Unpack[RequestOptions]) -> ApiResponse[Scalar]:
        """Like `get_value`, returning status code, headers and raw body as well."""
        response = self.api_client.call(_GET_VALUE, {}, options)
        return cast("ApiResponse[Scalar]", response)

    def get_value_without_preload_content(self, **options: Unpack[RequestOptions]) -> RESTResponse:
        """Like `get_value`, returning the HTTP response with its body unread."""
        return self.api_client.call_raw(_GET_VALUE, {}, options)

    def list_shapes(self, **options: Unpack[RequestOptions]) -> list[Shape]:
        """list_shapes"""
        return self.list_shapes_with_http_info(**options).data

    def list_shapes_with_http_info(
        self, **options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Shape]]:
        """Like `list_shapes`, returning status code, headers and raw body as well."""
        response = self.api_client.call(_LIST_SHAPES, {}, options)
        return cast("ApiResponse[list[Shape]]", response)

    def list_shapes_without_preload_content(
        self, **options: Unpack[RequestOptions]
    ) -> RESTResponse:
        """Like `list_shapes`, returning the HTTP response with its body unread."""
        return self.api_client.call_raw(_LIST_SHAPES, {}, options)


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    async def add_pet(
        self, pet: Union[Pet, dict[str, Any]], **options: Unpack[RequestOptions]
    ) -> Pet:
        """add_pet"""
        return (await self.add_pet_with_http_info(pet=pet, **options)).data

    async def add_pet_with_http_info(
        self, pet: Union[Pet, dict[str, Any]], **options: Unpack[RequestOptions]
    ) -> ApiResponse[Pet]:
        """Like `add_pet`, returning status code, headers and raw body as well."""
        response = await self.api_client.call(_ADD_PET, {"pet": pet}, options)
        return cast("ApiResponse[Pet]", response)

    async def add_pet_without_preload_content(
        self, pet: Union[Pet, dict[str, Any]], **options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `add_pet`, returning the HTTP response with its body unread."""
        return await self.api_client.call_raw(_ADD_PET, {"pet": pet}, options)

    async def get_record(self, **options: Unpack[RequestOptions]) -> Record:
        """get_record"""
        return (await self.get_record_with_http_info(**options)).data

    async def get_record_with_http_info(
        self, **options: Unpack[RequestOptions]
    ) -> ApiResponse[Record]:
        """Like `get_record`, returning status code, headers and raw body as well."""
        response = await self.api_client.call(_GET_RECORD, {}, options)
        return cast("ApiResponse[Record]", response)

    async def get_record_without_preload_content(
        self, **options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_record`, returning the HTTP response with its body unread."""
        return await self.api_client.call_raw(_GET_RECORD, {}, options)

    async def get_value(self, **options: Unpack[RequestOptions]) -> Scalar:
        """get_value"""
        return (await self.get_value_with_http_info(**options)).data

    async def get_value_with_http_info(
        self, **options: Unpack[RequestOptions]
    ) -> ApiResponse[Scalar]:
        """Like `get_value`, returning status code, headers and raw body as well."""
        response = await self.api_client.call(_GET_VALUE, {}, options)
        return cast("ApiResponse[Scalar]", response)

    async def get_value_without_preload_content(
        self, **options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_value`, returning the HTTP response with its body unread."""
        return await self.api_client.call_raw(_GET_VALUE, {}, options)

    async def list_shapes(self, **options: Unpack[RequestOptions]) -> list[Shape]:
        """list_shapes"""
        return (await self.list_shapes_with_http_info(**options)).data

    async def list_shapes_with_http_info(
        self, **options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Shape]]:
        """Like `list_shapes`, returning status code, headers and raw body as well."""
        response = await self.api_client.call(_LIST_SHAPES, {}, options)
        return cast("ApiResponse[list[Shape]]", response)

    async def list_shapes_without_preload_content(
        self, **options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `list_shapes`, returning the HTTP response with its body unread."""
        return await self.api_client.call_raw(_LIST_SHAPES, {}, options)
