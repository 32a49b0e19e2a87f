"""DefaultApi: the operations tagged "default" of Names."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union

from golden_names._operation import Operation, Param
from golden_names._types import Ref
from golden_names.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_names.api_client import RequestOptions
    from golden_names.api_response import ApiResponse
    from golden_names.async_api_client import AsyncApiClient
    from golden_names.models.model1st_thing import Model1stThing
    from golden_names.models.odd_model import OddModel
    from golden_names.rest import RESTResponse

_GET_ODD_NAMES: Operation[OddModel] = Operation(
    "GET",
    "/odd-names/{item-id}",
    params=(
        Param("item_id", "path", "item-id"),
        Param("var_from", "query", "from"),
        Param("x_trace_id", "header", "X-Trace.Id"),
        Param("var_1st", "query", "1st"),
    ),
    accepts=("application/json",),
    returns={"200": Ref("odd_model", "OddModel")},
)

_VAR_CLASS: Operation[None] = Operation(
    "POST", "/class", params=(Param("model1st_thing", "body"),), content_types=("application/json",)
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    def get_odd_names(
        self,
        item_id: str,
        var_from: Optional[str] = None,
        x_trace_id: Optional[str] = None,
        var_1st: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> OddModel:
        """GET /odd-names/{item-id}"""
        return self.api_client.call(
            _GET_ODD_NAMES, (item_id, var_from, x_trace_id, var_1st), _options
        ).data

    def get_odd_names_with_http_info(
        self,
        item_id: str,
        var_from: Optional[str] = None,
        x_trace_id: Optional[str] = None,
        var_1st: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[OddModel]:
        """Like `get_odd_names`, with status code, headers and raw body too."""
        return self.api_client.call(
            _GET_ODD_NAMES, (item_id, var_from, x_trace_id, var_1st), _options
        )

    def get_odd_names_without_preload_content(
        self,
        item_id: str,
        var_from: Optional[str] = None,
        x_trace_id: Optional[str] = None,
        var_1st: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponse:
        """Like `get_odd_names`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _GET_ODD_NAMES, (item_id, var_from, x_trace_id, var_1st), _options
        )

    def var_class(
        self,
        model1st_thing: Optional[Union[Model1stThing, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """POST /class"""
        self.api_client.call(_VAR_CLASS, (model1st_thing,), _options)

    def var_class_with_http_info(
        self,
        model1st_thing: Optional[Union[Model1stThing, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `var_class`, with status code, headers and raw body too."""
        return self.api_client.call(_VAR_CLASS, (model1st_thing,), _options)

    def var_class_without_preload_content(
        self,
        model1st_thing: Optional[Union[Model1stThing, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponse:
        """Like `var_class`, returning the HTTP response unread."""
        return self.api_client.call_raw(_VAR_CLASS, (model1st_thing,), _options)


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    async def get_odd_names(
        self,
        item_id: str,
        var_from: Optional[str] = None,
        x_trace_id: Optional[str] = None,
        var_1st: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> OddModel:
        """GET /odd-names/{item-id}"""
        response = await self.api_client.call(
            _GET_ODD_NAMES, (item_id, var_from, x_trace_id, var_1st), _options
        )
        return response.data

    async def get_odd_names_with_http_info(
        self,
        item_id: str,
        var_from: Optional[str] = None,
        x_trace_id: Optional[str] = None,
        var_1st: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[OddModel]:
        """Like `get_odd_names`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _GET_ODD_NAMES, (item_id, var_from, x_trace_id, var_1st), _options
        )

    async def get_odd_names_without_preload_content(
        self,
        item_id: str,
        var_from: Optional[str] = None,
        x_trace_id: Optional[str] = None,
        var_1st: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `get_odd_names`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _GET_ODD_NAMES, (item_id, var_from, x_trace_id, var_1st), _options
        )

    async def var_class(
        self,
        model1st_thing: Optional[Union[Model1stThing, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """POST /class"""
        await self.api_client.call(_VAR_CLASS, (model1st_thing,), _options)

    async def var_class_with_http_info(
        self,
        model1st_thing: Optional[Union[Model1stThing, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `var_class`, with status code, headers and raw body too."""
        return await self.api_client.call(_VAR_CLASS, (model1st_thing,), _options)

    async def var_class_without_preload_content(
        self,
        model1st_thing: Optional[Union[Model1stThing, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `var_class`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_VAR_CLASS, (model1st_thing,), _options)
