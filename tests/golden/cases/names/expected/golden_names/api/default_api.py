"""DefaultApi: the operations tagged "default" of Names."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union

from pydantic import StrictInt, StrictStr

from golden_names._operation import Operation, Param
from golden_names._types import Ref
from golden_names._validate import validation
from golden_names.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from golden_names.api_client import RequestOptions
    from golden_names.api_response import ApiResponse
    from golden_names.async_api_client import AsyncApiClient
    from golden_names.models.model1st_thing import Model1stThing
    from golden_names.models.odd_model import OddModel
    from golden_names.rest import RESTResponseType

_validated = validation(
    {
        "Model1stThing": ("golden_names.models.model1st_thing", "Model1stThing"),
        "RequestOptions": ("golden_names.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

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

    @_validated
    def get_odd_names(
        self,
        item_id: StrictStr,
        var_from: Optional[StrictStr] = None,
        x_trace_id: Optional[StrictStr] = None,
        var_1st: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> OddModel:
        """GET /odd-names/{item-id}"""
        return self.api_client.call(
            _GET_ODD_NAMES, (item_id, var_from, x_trace_id, var_1st), _options
        ).data

    @_validated
    def get_odd_names_with_http_info(
        self,
        item_id: StrictStr,
        var_from: Optional[StrictStr] = None,
        x_trace_id: Optional[StrictStr] = None,
        var_1st: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[OddModel]:
        """Like `get_odd_names`, with status code, headers and raw body too."""
        return self.api_client.call(
            _GET_ODD_NAMES, (item_id, var_from, x_trace_id, var_1st), _options
        )

    @_validated
    def get_odd_names_without_preload_content(
        self,
        item_id: StrictStr,
        var_from: Optional[StrictStr] = None,
        x_trace_id: Optional[StrictStr] = None,
        var_1st: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `get_odd_names`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _GET_ODD_NAMES, (item_id, var_from, x_trace_id, var_1st), _options
        )

    @_validated
    def var_class(
        self,
        model1st_thing: Optional[Union[Model1stThing, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """POST /class"""
        self.api_client.call(_VAR_CLASS, (model1st_thing,), _options)

    @_validated
    def var_class_with_http_info(
        self,
        model1st_thing: Optional[Union[Model1stThing, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `var_class`, with status code, headers and raw body too."""
        return self.api_client.call(_VAR_CLASS, (model1st_thing,), _options)

    @_validated
    def var_class_without_preload_content(
        self,
        model1st_thing: Optional[Union[Model1stThing, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `var_class`, returning the HTTP response unread."""
        return self.api_client.call_raw(_VAR_CLASS, (model1st_thing,), _options)


class AsyncDefaultApi:
    """DefaultApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def get_odd_names(
        self,
        item_id: StrictStr,
        var_from: Optional[StrictStr] = None,
        x_trace_id: Optional[StrictStr] = None,
        var_1st: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> OddModel:
        """GET /odd-names/{item-id}"""
        response = await self.api_client.call(
            _GET_ODD_NAMES, (item_id, var_from, x_trace_id, var_1st), _options
        )
        return response.data

    @_validated
    async def get_odd_names_with_http_info(
        self,
        item_id: StrictStr,
        var_from: Optional[StrictStr] = None,
        x_trace_id: Optional[StrictStr] = None,
        var_1st: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[OddModel]:
        """Like `get_odd_names`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _GET_ODD_NAMES, (item_id, var_from, x_trace_id, var_1st), _options
        )

    @_validated
    async def get_odd_names_without_preload_content(
        self,
        item_id: StrictStr,
        var_from: Optional[StrictStr] = None,
        x_trace_id: Optional[StrictStr] = None,
        var_1st: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `get_odd_names`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _GET_ODD_NAMES, (item_id, var_from, x_trace_id, var_1st), _options
        )

    @_validated
    async def var_class(
        self,
        model1st_thing: Optional[Union[Model1stThing, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """POST /class"""
        await self.api_client.call(_VAR_CLASS, (model1st_thing,), _options)

    @_validated
    async def var_class_with_http_info(
        self,
        model1st_thing: Optional[Union[Model1stThing, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `var_class`, with status code, headers and raw body too."""
        return await self.api_client.call(_VAR_CLASS, (model1st_thing,), _options)

    @_validated
    async def var_class_without_preload_content(
        self,
        model1st_thing: Optional[Union[Model1stThing, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `var_class`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_VAR_CLASS, (model1st_thing,), _options)
