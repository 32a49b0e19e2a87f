"""DefaultApi: the operations tagged "default" of Composition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union

from golden_composition._operation import Operation, Param
from golden_composition._types import ListOf, Ref
from golden_composition._validate import validation
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
    from golden_composition.rest import RESTResponseType

_validated = validation(
    {
        "Pet": ("golden_composition.models.pet", "Pet"),
        "RequestOptions": ("golden_composition.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_ADD_PET: Operation[Pet] = Operation(
    "POST",
    "/pets",
    params=(Param("pet", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("pet", "Pet")},
)

_GET_RECORD: Operation[Record] = Operation(
    "GET", "/records", accepts=("application/json",), returns={"200": Ref("record", "Record")}
)

_GET_VALUE: Operation[Scalar] = Operation(
    "GET", "/values", accepts=("application/json",), returns={"200": Ref("scalar", "Scalar")}
)

_LIST_SHAPES: Operation[list[Shape]] = Operation(
    "GET", "/shapes", accepts=("application/json",), returns={"200": ListOf(Ref("shape", "Shape"))}
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def add_pet(self, pet: Union[Pet, dict[str, Any]], **_options: Unpack[RequestOptions]) -> Pet:
        """POST /pets"""
        return self.api_client.call(_ADD_PET, (pet,), _options).data

    @_validated
    def add_pet_with_http_info(
        self, pet: Union[Pet, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Pet]:
        """Like `add_pet`, with status code, headers and raw body too."""
        return self.api_client.call(_ADD_PET, (pet,), _options)

    @_validated
    def add_pet_without_preload_content(
        self, pet: Union[Pet, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `add_pet`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ADD_PET, (pet,), _options)

    @_validated
    def get_record(self, **_options: Unpack[RequestOptions]) -> Record:
        """GET /records"""
        return self.api_client.call(_GET_RECORD, (), _options).data

    @_validated
    def get_record_with_http_info(self, **_options: Unpack[RequestOptions]) -> ApiResponse[Record]:
        """Like `get_record`, with status code, headers and raw body too."""
        return self.api_client.call(_GET_RECORD, (), _options)

    @_validated
    def get_record_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `get_record`, returning the HTTP response unread."""
        return self.api_client.call_raw(_GET_RECORD, (), _options)

    @_validated
    def get_value(self, **_options: Unpack[RequestOptions]) -> Scalar:
        """GET /values"""
        return self.api_client.call(_GET_VALUE, (), _options).data

    @_validated
    def get_value_with_http_info(self, **_options: Unpack[RequestOptions]) -> ApiResponse[Scalar]:
        """Like `get_value`, with status code, headers and raw body too."""
        return self.api_client.call(_GET_VALUE, (), _options)

    @_validated
    def get_value_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `get_value`, returning the HTTP response unread."""
        return self.api_client.call_raw(_GET_VALUE, (), _options)

    @_validated
    def list_shapes(self, **_options: Unpack[RequestOptions]) -> list[Shape]:
        """GET /shapes"""
        return self.api_client.call(_LIST_SHAPES, (), _options).data

    @_validated
    def list_shapes_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Shape]]:
        """Like `list_shapes`, with status code, headers and raw body too."""
        return self.api_client.call(_LIST_SHAPES, (), _options)

    @_validated
    def list_shapes_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `list_shapes`, returning the HTTP response unread."""
        return self.api_client.call_raw(_LIST_SHAPES, (), _options)


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def add_pet(
        self, pet: Union[Pet, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> Pet:
        """POST /pets"""
        response = await self.api_client.call(_ADD_PET, (pet,), _options)
        return response.data

    @_validated
    async def add_pet_with_http_info(
        self, pet: Union[Pet, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Pet]:
        """Like `add_pet`, with status code, headers and raw body too."""
        return await self.api_client.call(_ADD_PET, (pet,), _options)

    @_validated
    async def add_pet_without_preload_content(
        self, pet: Union[Pet, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `add_pet`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_ADD_PET, (pet,), _options)

    @_validated
    async def get_record(self, **_options: Unpack[RequestOptions]) -> Record:
        """GET /records"""
        response = await self.api_client.call(_GET_RECORD, (), _options)
        return response.data

    @_validated
    async def get_record_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Record]:
        """Like `get_record`, with status code, headers and raw body too."""
        return await self.api_client.call(_GET_RECORD, (), _options)

    @_validated
    async def get_record_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_record`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_GET_RECORD, (), _options)

    @_validated
    async def get_value(self, **_options: Unpack[RequestOptions]) -> Scalar:
        """GET /values"""
        response = await self.api_client.call(_GET_VALUE, (), _options)
        return response.data

    @_validated
    async def get_value_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Scalar]:
        """Like `get_value`, with status code, headers and raw body too."""
        return await self.api_client.call(_GET_VALUE, (), _options)

    @_validated
    async def get_value_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_value`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_GET_VALUE, (), _options)

    @_validated
    async def list_shapes(self, **_options: Unpack[RequestOptions]) -> list[Shape]:
        """GET /shapes"""
        response = await self.api_client.call(_LIST_SHAPES, (), _options)
        return response.data

    @_validated
    async def list_shapes_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Shape]]:
        """Like `list_shapes`, with status code, headers and raw body too."""
        return await self.api_client.call(_LIST_SHAPES, (), _options)

    @_validated
    async def list_shapes_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `list_shapes`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_LIST_SHAPES, (), _options)
