"""PetsApi: the operations tagged "pets" of Pet Store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from pydantic import StrictInt, StrictStr

from golden_basics._model import Limits
from golden_basics._operation import Operation, Param
from golden_basics._types import ListOf, Ref
from golden_basics._validate import validation
from golden_basics.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_basics.api_client import RequestOptions
    from golden_basics.api_response import ApiResponse
    from golden_basics.async_api_client import AsyncApiClient
    from golden_basics.models.new_pet import NewPet
    from golden_basics.models.pet import Pet
    from golden_basics.rest import RESTResponseType

_validated = validation(
    {
        "NewPet": ("golden_basics.models.new_pet", "NewPet"),
        "RequestOptions": ("golden_basics.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_CREATE_PET: Operation[Pet] = Operation(
    "POST",
    "/pets",
    params=(Param("new_pet", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("pet", "Pet"), "422": Ref("error", "Error")},
    auth=("api_key",),
)

_DELETE_PET: Operation[None] = Operation(
    "DELETE", "/pets/{petId}", params=(Param("pet_id", "path", "petId"),)
)

_GET_PET: Operation[Pet] = Operation(
    "GET",
    "/pets/{petId}",
    params=(Param("pet_id", "path", "petId"),),
    accepts=("application/json",),
    returns={"200": Ref("pet", "Pet"), "404": Ref("error", "Error")},
    auth=("api_key",),
)

_LIST_PETS: Operation[list[Pet]] = Operation(
    "GET",
    "/pets",
    params=(
        Param("limit", "query"),
        Param("tags", "query"),
        Param("ids", "query", explode=False),
        Param("x_request_id", "header", "X-Request-ID"),
        Param("session", "cookie"),
    ),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("pet", "Pet")), "default": Ref("error", "Error")},
    auth=("api_key",),
)


class PetsApi:
    """Everything about pets."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def create_pet(
        self, new_pet: Union[NewPet, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> Pet:
        """Create a pet"""
        return self.api_client.call(_CREATE_PET, (new_pet,), _options).data

    @_validated
    def create_pet_with_http_info(
        self, new_pet: Union[NewPet, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Pet]:
        """Like `create_pet`, with status code, headers and raw body too."""
        return self.api_client.call(_CREATE_PET, (new_pet,), _options)

    @_validated
    def create_pet_without_preload_content(
        self, new_pet: Union[NewPet, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `create_pet`, returning the HTTP response unread."""
        return self.api_client.call_raw(_CREATE_PET, (new_pet,), _options)

    @_validated
    def delete_pet(self, pet_id: StrictInt, **_options: Unpack[RequestOptions]) -> None:
        """DELETE /pets/{petId}"""
        self.api_client.call(_DELETE_PET, (pet_id,), _options)

    @_validated
    def delete_pet_with_http_info(
        self, pet_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `delete_pet`, with status code, headers and raw body too."""
        return self.api_client.call(_DELETE_PET, (pet_id,), _options)

    @_validated
    def delete_pet_without_preload_content(
        self, pet_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `delete_pet`, returning the HTTP response unread."""
        return self.api_client.call_raw(_DELETE_PET, (pet_id,), _options)

    @_validated
    def get_pet(self, pet_id: StrictInt, **_options: Unpack[RequestOptions]) -> Pet:
        """GET /pets/{petId}"""
        return self.api_client.call(_GET_PET, (pet_id,), _options).data

    @_validated
    def get_pet_with_http_info(
        self, pet_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Pet]:
        """Like `get_pet`, with status code, headers and raw body too."""
        return self.api_client.call(_GET_PET, (pet_id,), _options)

    @_validated
    def get_pet_without_preload_content(
        self, pet_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `get_pet`, returning the HTTP response unread."""
        return self.api_client.call_raw(_GET_PET, (pet_id,), _options)

    @_validated
    def list_pets(
        self,
        limit: Annotated[Optional[StrictInt], Limits(ge=1, le=100)] = None,
        tags: Optional[list[StrictStr]] = None,
        ids: Optional[list[StrictInt]] = None,
        x_request_id: Optional[StrictStr] = None,
        session: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[Pet]:
        """List pets"""
        return self.api_client.call(
            _LIST_PETS, (limit, tags, ids, x_request_id, session), _options
        ).data

    @_validated
    def list_pets_with_http_info(
        self,
        limit: Annotated[Optional[StrictInt], Limits(ge=1, le=100)] = None,
        tags: Optional[list[StrictStr]] = None,
        ids: Optional[list[StrictInt]] = None,
        x_request_id: Optional[StrictStr] = None,
        session: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[Pet]]:
        """Like `list_pets`, with status code, headers and raw body too."""
        return self.api_client.call(_LIST_PETS, (limit, tags, ids, x_request_id, session), _options)

    @_validated
    def list_pets_without_preload_content(
        self,
        limit: Annotated[Optional[StrictInt], Limits(ge=1, le=100)] = None,
        tags: Optional[list[StrictStr]] = None,
        ids: Optional[list[StrictInt]] = None,
        x_request_id: Optional[StrictStr] = None,
        session: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `list_pets`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _LIST_PETS, (limit, tags, ids, x_request_id, session), _options
        )


class AsyncPetsApi:
    """PetsApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def create_pet(
        self, new_pet: Union[NewPet, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> Pet:
        """Create a pet"""
        response = await self.api_client.call(_CREATE_PET, (new_pet,), _options)
        return response.data

    @_validated
    async def create_pet_with_http_info(
        self, new_pet: Union[NewPet, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Pet]:
        """Like `create_pet`, with status code, headers and raw body too."""
        return await self.api_client.call(_CREATE_PET, (new_pet,), _options)

    @_validated
    async def create_pet_without_preload_content(
        self, new_pet: Union[NewPet, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `create_pet`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_CREATE_PET, (new_pet,), _options)

    @_validated
    async def delete_pet(self, pet_id: StrictInt, **_options: Unpack[RequestOptions]) -> None:
        """DELETE /pets/{petId}"""
        await self.api_client.call(_DELETE_PET, (pet_id,), _options)

    @_validated
    async def delete_pet_with_http_info(
        self, pet_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `delete_pet`, with status code, headers and raw body too."""
        return await self.api_client.call(_DELETE_PET, (pet_id,), _options)

    @_validated
    async def delete_pet_without_preload_content(
        self, pet_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `delete_pet`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_DELETE_PET, (pet_id,), _options)

    @_validated
    async def get_pet(self, pet_id: StrictInt, **_options: Unpack[RequestOptions]) -> Pet:
        """GET /pets/{petId}"""
        response = await self.api_client.call(_GET_PET, (pet_id,), _options)
        return response.data

    @_validated
    async def get_pet_with_http_info(
        self, pet_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Pet]:
        """Like `get_pet`, with status code, headers and raw body too."""
        return await self.api_client.call(_GET_PET, (pet_id,), _options)

    @_validated
    async def get_pet_without_preload_content(
        self, pet_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_pet`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_GET_PET, (pet_id,), _options)

    @_validated
    async def list_pets(
        self,
        limit: Annotated[Optional[StrictInt], Limits(ge=1, le=100)] = None,
        tags: Optional[list[StrictStr]] = None,
        ids: Optional[list[StrictInt]] = None,
        x_request_id: Optional[StrictStr] = None,
        session: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[Pet]:
        """List pets"""
        response = await self.api_client.call(
            _LIST_PETS, (limit, tags, ids, x_request_id, session), _options
        )
        return response.data

    @_validated
    async def list_pets_with_http_info(
        self,
        limit: Annotated[Optional[StrictInt], Limits(ge=1, le=100)] = None,
        tags: Optional[list[StrictStr]] = None,
        ids: Optional[list[StrictInt]] = None,
        x_request_id: Optional[StrictStr] = None,
        session: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[Pet]]:
        """Like `list_pets`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _LIST_PETS, (limit, tags, ids, x_request_id, session), _options
        )

    @_validated
    async def list_pets_without_preload_content(
        self,
        limit: Annotated[Optional[StrictInt], Limits(ge=1, le=100)] = None,
        tags: Optional[list[StrictStr]] = None,
        ids: Optional[list[StrictInt]] = None,
        x_request_id: Optional[StrictStr] = None,
        session: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `list_pets`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _LIST_PETS, (limit, tags, ids, x_request_id, session), _options
        )
