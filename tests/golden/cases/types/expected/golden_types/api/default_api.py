"""DefaultApi: the operations tagged "default" of Types."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union

from pydantic import StrictStr

from golden_types._operation import Operation, Param
from golden_types._types import Ref
from golden_types._validate import validation
from golden_types.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_types._request import FileInput
    from golden_types.api_client import RequestOptions
    from golden_types.api_response import ApiResponse
    from golden_types.async_api_client import AsyncApiClient
    from golden_types.models.thing import Thing
    from golden_types.rest import RESTResponseType

_validated = validation(
    {
        "FileInput": ("golden_types._request", "FileInput"),
        "RequestOptions": ("golden_types.api_client", "RequestOptions"),
        "Thing": ("golden_types.models.thing", "Thing"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_DOWNLOAD_FILE: Operation[bytes] = Operation(
    "GET",
    "/files/{name}",
    params=(Param("name", "path"),),
    accepts=("application/octet-stream",),
    returns={"200": bytes},
)

_PUT_THING: Operation[Thing] = Operation(
    "POST",
    "/things",
    params=(Param("thing", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("thing", "Thing")},
)

_UPLOAD_FILE: Operation[None] = Operation(
    "PUT",
    "/files/{name}",
    params=(Param("name", "path"), Param("file", "file", required=True), Param("comment", "form")),
    content_types=("multipart/form-data",),
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def download_file(self, name: StrictStr, **_options: Unpack[RequestOptions]) -> bytes:
        """GET /files/{name}"""
        return self.api_client.call(_DOWNLOAD_FILE, (name,), _options).data

    @_validated
    def download_file_with_http_info(
        self, name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[bytes]:
        """Like `download_file`, with status code, headers and raw body too."""
        return self.api_client.call(_DOWNLOAD_FILE, (name,), _options)

    @_validated
    def download_file_without_preload_content(
        self, name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `download_file`, returning the HTTP response unread."""
        return self.api_client.call_raw(_DOWNLOAD_FILE, (name,), _options)

    @_validated
    def put_thing(
        self, thing: Union[Thing, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> Thing:
        """POST /things"""
        return self.api_client.call(_PUT_THING, (thing,), _options).data

    @_validated
    def put_thing_with_http_info(
        self, thing: Union[Thing, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Thing]:
        """Like `put_thing`, with status code, headers and raw body too."""
        return self.api_client.call(_PUT_THING, (thing,), _options)

    @_validated
    def put_thing_without_preload_content(
        self, thing: Union[Thing, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `put_thing`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PUT_THING, (thing,), _options)

    @_validated
    def upload_file(
        self,
        name: StrictStr,
        file: FileInput,
        comment: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """PUT /files/{name}"""
        self.api_client.call(_UPLOAD_FILE, (name, file, comment), _options)

    @_validated
    def upload_file_with_http_info(
        self,
        name: StrictStr,
        file: FileInput,
        comment: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `upload_file`, with status code, headers and raw body too."""
        return self.api_client.call(_UPLOAD_FILE, (name, file, comment), _options)

    @_validated
    def upload_file_without_preload_content(
        self,
        name: StrictStr,
        file: FileInput,
        comment: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `upload_file`, returning the HTTP response unread."""
        return self.api_client.call_raw(_UPLOAD_FILE, (name, file, comment), _options)


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def download_file(self, name: StrictStr, **_options: Unpack[RequestOptions]) -> bytes:
        """GET /files/{name}"""
        response = await self.api_client.call(_DOWNLOAD_FILE, (name,), _options)
        return response.data

    @_validated
    async def download_file_with_http_info(
        self, name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[bytes]:
        """Like `download_file`, with status code, headers and raw body too."""
        return await self.api_client.call(_DOWNLOAD_FILE, (name,), _options)

    @_validated
    async def download_file_without_preload_content(
        self, name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `download_file`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_DOWNLOAD_FILE, (name,), _options)

    @_validated
    async def put_thing(
        self, thing: Union[Thing, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> Thing:
        """POST /things"""
        response = await self.api_client.call(_PUT_THING, (thing,), _options)
        return response.data

    @_validated
    async def put_thing_with_http_info(
        self, thing: Union[Thing, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Thing]:
        """Like `put_thing`, with status code, headers and raw body too."""
        return await self.api_client.call(_PUT_THING, (thing,), _options)

    @_validated
    async def put_thing_without_preload_content(
        self, thing: Union[Thing, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `put_thing`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_PUT_THING, (thing,), _options)

    @_validated
    async def upload_file(
        self,
        name: StrictStr,
        file: FileInput,
        comment: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """PUT /files/{name}"""
        await self.api_client.call(_UPLOAD_FILE, (name, file, comment), _options)

    @_validated
    async def upload_file_with_http_info(
        self,
        name: StrictStr,
        file: FileInput,
        comment: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `upload_file`, with status code, headers and raw body too."""
        return await self.api_client.call(_UPLOAD_FILE, (name, file, comment), _options)

    @_validated
    async def upload_file_without_preload_content(
        self,
        name: StrictStr,
        file: FileInput,
        comment: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `upload_file`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_UPLOAD_FILE, (name, file, comment), _options)
