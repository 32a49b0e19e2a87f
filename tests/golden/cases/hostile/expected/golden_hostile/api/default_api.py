"""DefaultApi: the operations tagged "default" of Hostile \"\"\" title {{ config }}."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pydantic import StrictInt, StrictStr

from golden_hostile._operation import Operation, Param
from golden_hostile._types import Ref
from golden_hostile._validate import validation
from golden_hostile.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_hostile.api_client import RequestOptions
    from golden_hostile.api_response import ApiResponse
    from golden_hostile.async_api_client import AsyncApiClient
    from golden_hostile.models.weird import Weird
    from golden_hostile.rest import RESTResponseType

_validated = validation(
    {
        "RequestOptions": ("golden_hostile.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_VAR_IMPORT: Operation[Weird] = Operation(
    "GET",
    "/things/{thing-id}",
    params=(
        Param("thing_id", "path", "thing-id"),
        Param("var_class", "query", "class"),
        Param(
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba",
            "query",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ),
    ),
    accepts=("application/json",),
    returns={"200": Ref("weird", "Weird")},
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def var_import(
        self,
        thing_id: StrictStr,
        var_class: Optional[StrictStr] = None,
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba: Optional[
            StrictInt
        ] = None,
        **_options: Unpack[RequestOptions],
    ) -> Weird:
        """Summary with \"\"\"triple\"\"\" quotes and a trailing backslash \\

        Line one

            indented code
                Tabbed line
        \"\"\"\\"""
        return self.api_client.call(
            _VAR_IMPORT,
            (
                thing_id,
                var_class,
                aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba,
            ),
            _options,
        ).data

    @_validated
    def var_import_with_http_info(
        self,
        thing_id: StrictStr,
        var_class: Optional[StrictStr] = None,
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba: Optional[
            StrictInt
        ] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[Weird]:
        """Like `var_import`, with status code, headers and raw body too."""
        return self.api_client.call(
            _VAR_IMPORT,
            (
                thing_id,
                var_class,
                aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba,
            ),
            _options,
        )

    @_validated
    def var_import_without_preload_content(
        self,
        thing_id: StrictStr,
        var_class: Optional[StrictStr] = None,
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba: Optional[
            StrictInt
        ] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `var_import`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _VAR_IMPORT,
            (
                thing_id,
                var_class,
                aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba,
            ),
            _options,
        )


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def var_import(
        self,
        thing_id: StrictStr,
        var_class: Optional[StrictStr] = None,
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba: Optional[
            StrictInt
        ] = None,
        **_options: Unpack[RequestOptions],
    ) -> Weird:
        """Summary with \"\"\"triple\"\"\" quotes and a trailing backslash \\

        Line one

            indented code
                Tabbed line
        \"\"\"\\"""
        response = await self.api_client.call(
            _VAR_IMPORT,
            (
                thing_id,
                var_class,
                aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba,
            ),
            _options,
        )
        return response.data

    @_validated
    async def var_import_with_http_info(
        self,
        thing_id: StrictStr,
        var_class: Optional[StrictStr] = None,
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba: Optional[
            StrictInt
        ] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[Weird]:
        """Like `var_import`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _VAR_IMPORT,
            (
                thing_id,
                var_class,
                aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba,
            ),
            _options,
        )

    @_validated
    async def var_import_without_preload_content(
        self,
        thing_id: StrictStr,
        var_class: Optional[StrictStr] = None,
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba: Optional[
            StrictInt
        ] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `var_import`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _VAR_IMPORT,
            (
                thing_id,
                var_class,
                aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_003ef1ba,
            ),
            _options,
        )
