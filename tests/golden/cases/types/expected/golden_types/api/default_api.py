"""DefaultApi: the operations tagged 'default' of Types."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union, cast

from golden_types._operation import Operation, Param
from golden_types.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_types._request import FileInput
    from golden_types.api_client import RequestOptions
    from golden_types.api_response import ApiResponse
    from golden_types.async_api_client import AsyncApiClient
    from golden_types.models.thing import Thing
    from golden_types.rest import RESTResponse

_DOWNLOAD_FILE = Operation(
    "GET",
    "/files/{name}",
    params=(Param("name", "name", "path"),),
    content_types=(),
    accepts=("application/octet-stream",),
    returns={"200": "bytearray"},
    auth=(),
)
_PUT_THING = Operation(
    "POST",
    "/things",
    params=(Param("thing", "thing", "body"),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": "Thing"},
    auth=(),
)
_UPLOAD_FILE = Operation(
    "PUT",
    "/files/{name}",
    params=(
        Param("name", "name", "path"),
        Param("file", "file", "form"),
        Param("comment", "comment", "form"),
    ),
    content_types=("multipart/form-data",),
    accepts=(),
    returns={"204": ""},
    auth=(),
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    def download_file(self, name: str, **options: Unpack[RequestOptions]) -> bytearray:
        """download_file"""
        return self.download_file_with_http_info(name=name, **options).data

    def download_file_with_http_info(
        self, name: str, **options: Unpack[RequestOptions]
    ) -> ApiResponse[bytearray]:
        """Like `download_file`, returning status code, headers and raw body as well."""
        response = self.api_client.call(_DOWNLOAD_FILE, {"name": name}, options)
        return cast("ApiResponse[bytearray]", response)

    def download_file_without_preload_content(
        self, name: str, **options: Unpack[RequestOptions]
    ) -> RESTResponse:
        """Like `download_file`, returning the HTTP response with its body unread."""
        return self.api_client.call_raw(_DOWNLOAD_FILE, {"name": name}, options)

    def put_thing(
        self, thing: Union[Thing, dict[str, Any]], **options: Unpack[RequestOptions]
    ) -> Thing:
        """put_thing"""
        return self.put_thing_with_http_info(thing=thing, **options).data

    def put_thing_with_http_info(
        self, thing: Union[Thing, dict[str, Any]], **options: Unpack[RequestOptions]
    ) -> ApiResponse[Thing]:
        """Like `put_thing`, returning status code, headers and raw body as well."""
        response = self.api_client.call(_PUT_THING, {"thing": thing}, options)
        return cast("ApiResponse[Thing]", response)

    def put_thing_without_preload_content(
        self, thing: Union[Thing, dict[str, Any]], **options: Unpack[RequestOptions]
    ) -> RESTResponse:
        """Like `put_thing`, returning the HTTP response with its body unread."""
        return self.api_client.call_raw(_PUT_THING, {"thing": thing}, options)

    def upload_file(
        self,
        name: str,
        file: FileInput,
        comment: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """upload_file"""
        return self.upload_file_with_http_info(
            name=name, file=file, comment=comment, **options
        ).data

    def upload_file_with_http_info(
        self,
        name: str,
        file: FileInput,
        comment: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `upload_file`, returning status code, headers and raw body as well."""
        response = self.api_client.call(
            _UPLOAD_FILE, {"name": name, "file": file, "comment": comment}, options
        )
        return cast("ApiResponse[None]", response)

    def upload_file_without_preload_content(
        self,
        name: str,
        file: FileInput,
        comment: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> RESTResponse:
        """Like `upload_file`, returning the HTTP response with its body unread."""
        return self.api_client.call_raw(
            _UPLOAD_FILE, {"name": name, "file": file, "comment": comment}, options
        )


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    async def download_file(self, name: str, **options: Unpack[RequestOptions]) -> bytearray:
        """download_file"""
        return (await self.download_file_with_http_info(name=name, **options)).data

    async def download_file_with_http_info(
        self, name: str, **options: Unpack[RequestOptions]
    ) -> ApiResponse[bytearray]:
        """Like `download_file`, returning status code, headers and raw body as well."""
        response = await self.api_client.call(_DOWNLOAD_FILE, {"name": name}, options)
        return cast("ApiResponse[bytearray]", response)

    async def download_file_without_preload_content(
        self, name: str, **options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `download_file`, returning the HTTP response with its body unread."""
        return await self.api_client.call_raw(_DOWNLOAD_FILE, {"name": name}, options)

    async def put_thing(
        self, thing: Union[Thing, dict[str, Any]], **options: Unpack[RequestOptions]
    ) -> Thing:
        """put_thing"""
        return (await self.put_thing_with_http_info(thing=thing, **options)).data

    async def put_thing_with_http_info(
        self, thing: Union[Thing, dict[str, Any]], **options: Unpack[RequestOptions]
    ) -> ApiResponse[Thing]:
        """Like `put_thing`, returning status code, headers and raw body as well."""
        response = await self.api_client.call(_PUT_THING, {"thing": thing}, options)
        return cast("ApiResponse[Thing]", response)

    async def put_thing_without_preload_content(
        self, thing: Union[Thing, dict[str, Any]], **options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `put_thing`, returning the HTTP response with its body unread."""
        return await self.api_client.call_raw(_PUT_THING, {"thing": thing}, options)

    async def upload_file(
        self,
        name: str,
        file: FileInput,
        comment: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """upload_file"""
        return (
            await self.upload_file_with_http_info(name=name, file=file, comment=comment, **options)
        ).data

    async def upload_file_with_http_info(
        self,
        name: str,
        file: FileInput,
        comment: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `upload_file`, returning status code, headers and raw body as well."""
        response = await self.api_client.call(
            _UPLOAD_FILE, {"name": name, "file": file, "comment": comment}, options
        )
        return cast("ApiResponse[None]", response)

    async def upload_file_without_preload_content(
        self,
        name: str,
        file: FileInput,
        comment: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `upload_file`, returning the HTTP response with its body unread."""
        return await self.api_client.call_raw(
            _UPLOAD_FILE, {"name": name, "file": file, "comment": comment}, options
        )
