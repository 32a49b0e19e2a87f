"""DefaultApi: the operations tagged "default" of Form bodies."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pydantic import StrictInt, StrictStr

from golden_form_bodies._operation import Operation, Param
from golden_form_bodies._validate import validation
from golden_form_bodies.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_form_bodies._request import FileInput
    from golden_form_bodies.api_client import RequestOptions
    from golden_form_bodies.api_response import ApiResponse
    from golden_form_bodies.async_api_client import AsyncApiClient
    from golden_form_bodies.rest import RESTResponseType

_validated = validation(
    {
        "FileInput": ("golden_form_bodies._request", "FileInput"),
        "RequestOptions": ("golden_form_bodies.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_LOGIN: Operation[None] = Operation(
    "POST",
    "/login",
    params=(
        Param("username", "form"),
        Param("password", "form"),
        Param("scope", "form"),
        Param("token", "form"),
    ),
    content_types=("application/x-www-form-urlencoded",),
)

_UPDATE_PROFILE: Operation[None] = Operation(
    "PUT",
    "/profile",
    params=(Param("name", "form", required=True), Param("age", "form", required=True)),
    content_types=("application/x-www-form-urlencoded",),
)

_UPLOAD: Operation[None] = Operation(
    "POST",
    "/upload",
    params=(Param("title", "form", required=True), Param("file", "file"), Param("url", "form")),
    content_types=("multipart/form-data",),
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def login(
        self,
        username: Optional[StrictStr] = None,
        password: Optional[StrictStr] = None,
        scope: Optional[StrictStr] = None,
        token: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """POST /login"""
        self.api_client.call(_LOGIN, (username, password, scope, token), _options)

    @_validated
    def login_with_http_info(
        self,
        username: Optional[StrictStr] = None,
        password: Optional[StrictStr] = None,
        scope: Optional[StrictStr] = None,
        token: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `login`, with status code, headers and raw body too."""
        return self.api_client.call(_LOGIN, (username, password, scope, token), _options)

    @_validated
    def login_without_preload_content(
        self,
        username: Optional[StrictStr] = None,
        password: Optional[StrictStr] = None,
        scope: Optional[StrictStr] = None,
        token: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `login`, returning the HTTP response unread."""
        return self.api_client.call_raw(_LOGIN, (username, password, scope, token), _options)

    @_validated
    def update_profile(
        self, name: StrictStr, age: StrictInt, **_options: Unpack[RequestOptions]
    ) -> None:
        """PUT /profile"""
        self.api_client.call(_UPDATE_PROFILE, (name, age), _options)

    @_validated
    def update_profile_with_http_info(
        self, name: StrictStr, age: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `update_profile`, with status code, headers and raw body too."""
        return self.api_client.call(_UPDATE_PROFILE, (name, age), _options)

    @_validated
    def update_profile_without_preload_content(
        self, name: StrictStr, age: StrictInt, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `update_profile`, returning the HTTP response unread."""
        return self.api_client.call_raw(_UPDATE_PROFILE, (name, age), _options)

    @_validated
    def upload(
        self,
        title: StrictStr,
        file: Optional[FileInput] = None,
        url: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """POST /upload"""
        self.api_client.call(_UPLOAD, (title, file, url), _options)

    @_validated
    def upload_with_http_info(
        self,
        title: StrictStr,
        file: Optional[FileInput] = None,
        url: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `upload`, with status code, headers and raw body too."""
        return self.api_client.call(_UPLOAD, (title, file, url), _options)

    @_validated
    def upload_without_preload_content(
        self,
        title: StrictStr,
        file: Optional[FileInput] = None,
        url: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `upload`, returning the HTTP response unread."""
        return self.api_client.call_raw(_UPLOAD, (title, file, url), _options)


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def login(
        self,
        username: Optional[StrictStr] = None,
        password: Optional[StrictStr] = None,
        scope: Optional[StrictStr] = None,
        token: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """POST /login"""
        await self.api_client.call(_LOGIN, (username, password, scope, token), _options)

    @_validated
    async def login_with_http_info(
        self,
        username: Optional[StrictStr] = None,
        password: Optional[StrictStr] = None,
        scope: Optional[StrictStr] = None,
        token: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `login`, with status code, headers and raw body too."""
        return await self.api_client.call(_LOGIN, (username, password, scope, token), _options)

    @_validated
    async def login_without_preload_content(
        self,
        username: Optional[StrictStr] = None,
        password: Optional[StrictStr] = None,
        scope: Optional[StrictStr] = None,
        token: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `login`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_LOGIN, (username, password, scope, token), _options)

    @_validated
    async def update_profile(
        self, name: StrictStr, age: StrictInt, **_options: Unpack[RequestOptions]
    ) -> None:
        """PUT /profile"""
        await self.api_client.call(_UPDATE_PROFILE, (name, age), _options)

    @_validated
    async def update_profile_with_http_info(
        self, name: StrictStr, age: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `update_profile`, with status code, headers and raw body too."""
        return await self.api_client.call(_UPDATE_PROFILE, (name, age), _options)

    @_validated
    async def update_profile_without_preload_content(
        self, name: StrictStr, age: StrictInt, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `update_profile`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_UPDATE_PROFILE, (name, age), _options)

    @_validated
    async def upload(
        self,
        title: StrictStr,
        file: Optional[FileInput] = None,
        url: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """POST /upload"""
        await self.api_client.call(_UPLOAD, (title, file, url), _options)

    @_validated
    async def upload_with_http_info(
        self,
        title: StrictStr,
        file: Optional[FileInput] = None,
        url: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `upload`, with status code, headers and raw body too."""
        return await self.api_client.call(_UPLOAD, (title, file, url), _options)

    @_validated
    async def upload_without_preload_content(
        self,
        title: StrictStr,
        file: Optional[FileInput] = None,
        url: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `upload`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_UPLOAD, (title, file, url), _options)
