"""DefaultApi: the operations tagged "default" of Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union

from golden_recursive_unions._operation import Operation, Param
from golden_recursive_unions._types import DictOf, ListOf, Ref
from golden_recursive_unions._validate import validation
from golden_recursive_unions.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_recursive_unions.api_client import RequestOptions
    from golden_recursive_unions.api_response import ApiResponse
    from golden_recursive_unions.async_api_client import AsyncApiClient
    from golden_recursive_unions.models.drawing import Drawing
    from golden_recursive_unions.models.expression import Expression
    from golden_recursive_unions.models.filter import Filter
    from golden_recursive_unions.models.message import Message
    from golden_recursive_unions.models.node import Node
    from golden_recursive_unions.models.pet import Pet
    from golden_recursive_unions.rest import RESTResponseType

_validated = validation(
    {
        "Filter": ("golden_recursive_unions.models.filter", "Filter"),
        "Message": ("golden_recursive_unions.models.message", "Message"),
        "Pet": ("golden_recursive_unions.models.pet", "Pet"),
        "RequestOptions": ("golden_recursive_unions.api_client", "RequestOptions"),
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

_GET_DRAWING: Operation[Drawing] = Operation(
    "GET", "/drawings", accepts=("application/json",), returns={"200": Ref("drawing", "Drawing")}
)

_GET_TREE: Operation[Node] = Operation(
    "GET", "/tree", accepts=("application/json",), returns={"200": Ref("node", "Node")}
)

_LIST_EXPRESSIONS: Operation[list[Expression]] = Operation(
    "GET",
    "/expressions",
    accepts=("application/json",),
    returns={"200": ListOf(Ref("expression", "Expression"))},
)

_PETS_BY_NAME: Operation[dict[str, Pet]] = Operation(
    "GET", "/pets", accepts=("application/json",), returns={"200": DictOf(Ref("pet", "Pet"))}
)

_SEARCH: Operation[Filter] = Operation(
    "POST",
    "/filters",
    params=(Param("filter", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("filter", "Filter")},
)

_SEND_MESSAGE: Operation[Message] = Operation(
    "POST",
    "/messages",
    params=(Param("message", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("message", "Message")},
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
    def get_drawing(self, **_options: Unpack[RequestOptions]) -> Drawing:
        """GET /drawings"""
        return self.api_client.call(_GET_DRAWING, (), _options).data

    @_validated
    def get_drawing_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Drawing]:
        """Like `get_drawing`, with status code, headers and raw body too."""
        return self.api_client.call(_GET_DRAWING, (), _options)

    @_validated
    def get_drawing_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `get_drawing`, returning the HTTP response unread."""
        return self.api_client.call_raw(_GET_DRAWING, (), _options)

    @_validated
    def get_tree(self, **_options: Unpack[RequestOptions]) -> Node:
        """GET /tree"""
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

    @_validated
    def list_expressions(self, **_options: Unpack[RequestOptions]) -> list[Expression]:
        """GET /expressions"""
        return self.api_client.call(_LIST_EXPRESSIONS, (), _options).data

    @_validated
    def list_expressions_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Expression]]:
        """Like `list_expressions`, with status code, headers and raw body too."""
        return self.api_client.call(_LIST_EXPRESSIONS, (), _options)

    @_validated
    def list_expressions_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `list_expressions`, returning the HTTP response unread."""
        return self.api_client.call_raw(_LIST_EXPRESSIONS, (), _options)

    @_validated
    def pets_by_name(self, **_options: Unpack[RequestOptions]) -> dict[str, Pet]:
        """GET /pets"""
        return self.api_client.call(_PETS_BY_NAME, (), _options).data

    @_validated
    def pets_by_name_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[dict[str, Pet]]:
        """Like `pets_by_name`, with status code, headers and raw body too."""
        return self.api_client.call(_PETS_BY_NAME, (), _options)

    @_validated
    def pets_by_name_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `pets_by_name`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PETS_BY_NAME, (), _options)

    @_validated
    def search(
        self, filter: Union[Filter, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> Filter:
        """POST /filters"""
        return self.api_client.call(_SEARCH, (filter,), _options).data

    @_validated
    def search_with_http_info(
        self, filter: Union[Filter, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Filter]:
        """Like `search`, with status code, headers and raw body too."""
        return self.api_client.call(_SEARCH, (filter,), _options)

    @_validated
    def search_without_preload_content(
        self, filter: Union[Filter, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `search`, returning the HTTP response unread."""
        return self.api_client.call_raw(_SEARCH, (filter,), _options)

    @_validated
    def send_message(
        self, message: Union[Message, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> Message:
        """POST /messages"""
        return self.api_client.call(_SEND_MESSAGE, (message,), _options).data

    @_validated
    def send_message_with_http_info(
        self, message: Union[Message, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Message]:
        """Like `send_message`, with status code, headers and raw body too."""
        return self.api_client.call(_SEND_MESSAGE, (message,), _options)

    @_validated
    def send_message_without_preload_content(
        self, message: Union[Message, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `send_message`, returning the HTTP response unread."""
        return self.api_client.call_raw(_SEND_MESSAGE, (message,), _options)


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
    async def get_drawing(self, **_options: Unpack[RequestOptions]) -> Drawing:
        """GET /drawings"""
        response = await self.api_client.call(_GET_DRAWING, (), _options)
        return response.data

    @_validated
    async def get_drawing_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Drawing]:
        """Like `get_drawing`, with status code, headers and raw body too."""
        return await self.api_client.call(_GET_DRAWING, (), _options)

    @_validated
    async def get_drawing_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_drawing`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_GET_DRAWING, (), _options)

    @_validated
    async def get_tree(self, **_options: Unpack[RequestOptions]) -> Node:
        """GET /tree"""
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

    @_validated
    async def list_expressions(self, **_options: Unpack[RequestOptions]) -> list[Expression]:
        """GET /expressions"""
        response = await self.api_client.call(_LIST_EXPRESSIONS, (), _options)
        return response.data

    @_validated
    async def list_expressions_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[Expression]]:
        """Like `list_expressions`, with status code, headers and raw body too."""
        return await self.api_client.call(_LIST_EXPRESSIONS, (), _options)

    @_validated
    async def list_expressions_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `list_expressions`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_LIST_EXPRESSIONS, (), _options)

    @_validated
    async def pets_by_name(self, **_options: Unpack[RequestOptions]) -> dict[str, Pet]:
        """GET /pets"""
        response = await self.api_client.call(_PETS_BY_NAME, (), _options)
        return response.data

    @_validated
    async def pets_by_name_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[dict[str, Pet]]:
        """Like `pets_by_name`, with status code, headers and raw body too."""
        return await self.api_client.call(_PETS_BY_NAME, (), _options)

    @_validated
    async def pets_by_name_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `pets_by_name`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_PETS_BY_NAME, (), _options)

    @_validated
    async def search(
        self, filter: Union[Filter, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> Filter:
        """POST /filters"""
        response = await self.api_client.call(_SEARCH, (filter,), _options)
        return response.data

    @_validated
    async def search_with_http_info(
        self, filter: Union[Filter, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Filter]:
        """Like `search`, with status code, headers and raw body too."""
        return await self.api_client.call(_SEARCH, (filter,), _options)

    @_validated
    async def search_without_preload_content(
        self, filter: Union[Filter, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `search`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_SEARCH, (filter,), _options)

    @_validated
    async def send_message(
        self, message: Union[Message, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> Message:
        """POST /messages"""
        response = await self.api_client.call(_SEND_MESSAGE, (message,), _options)
        return response.data

    @_validated
    async def send_message_with_http_info(
        self, message: Union[Message, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Message]:
        """Like `send_message`, with status code, headers and raw body too."""
        return await self.api_client.call(_SEND_MESSAGE, (message,), _options)

    @_validated
    async def send_message_without_preload_content(
        self, message: Union[Message, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `send_message`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_SEND_MESSAGE, (message,), _options)
