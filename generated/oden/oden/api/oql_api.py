"""OQLApi: the operations tagged "OQL" of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, Optional, Union

from oden._model import ARGUMENT_ENUM
from oden._operation import Operation, Param
from oden._types import Ref
from oden._validate import validation
from oden.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from oden.api_client import RequestOptions
    from oden.api_response import ApiResponse
    from oden.async_api_client import AsyncApiClient
    from oden.models.oql_query import OQLQuery
    from oden.rest import RESTResponseType

_validated = validation(
    {
        "OQLQuery": ("oden.models.oql_query", "OQLQuery"),
        "RequestOptions": ("oden.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_V2_OQL_QUERY_POST: Operation[None] = Operation(
    "POST",
    "/v2/oql/query",
    params=(Param("oql_query", "body", required=True), Param("format", "query")),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
        "401": Ref("generic_error", "GenericError"),
        "403": Ref("generic_error", "GenericError"),
        "404": Ref("generic_error", "GenericError"),
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "413": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
    },
    auth=("APIKeyAuth",),
)


class OQLApi:
    """Oden Query Language queries."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def v2_oql_query_post(
        self,
        oql_query: Union[OQLQuery, dict[str, Any]],
        format: Optional[Annotated[Literal["json", "jsonextended", "csv"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Run an OQL (Oden Query Language) query.

        For reference on writing OQL queries, see:

        [https://platform.oden.app/knowledge/how-do-i-write-queries-in-oden-query-language-oql](https://platform.oden.app/knowledge/how-do-i-write-queries-in-oden-query-language-oql)
        """
        self.api_client.call(_V2_OQL_QUERY_POST, (oql_query, format), _options)

    @_validated
    def v2_oql_query_post_with_http_info(
        self,
        oql_query: Union[OQLQuery, dict[str, Any]],
        format: Optional[Annotated[Literal["json", "jsonextended", "csv"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_oql_query_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_OQL_QUERY_POST, (oql_query, format), _options)

    @_validated
    def v2_oql_query_post_without_preload_content(
        self,
        oql_query: Union[OQLQuery, dict[str, Any]],
        format: Optional[Annotated[Literal["json", "jsonextended", "csv"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_oql_query_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_OQL_QUERY_POST, (oql_query, format), _options)


class AsyncOQLApi:
    """OQLApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def v2_oql_query_post(
        self,
        oql_query: Union[OQLQuery, dict[str, Any]],
        format: Optional[Annotated[Literal["json", "jsonextended", "csv"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Run an OQL (Oden Query Language) query.

        For reference on writing OQL queries, see:

        [https://platform.oden.app/knowledge/how-do-i-write-queries-in-oden-query-language-oql](https://platform.oden.app/knowledge/how-do-i-write-queries-in-oden-query-language-oql)
        """
        await self.api_client.call(_V2_OQL_QUERY_POST, (oql_query, format), _options)

    @_validated
    async def v2_oql_query_post_with_http_info(
        self,
        oql_query: Union[OQLQuery, dict[str, Any]],
        format: Optional[Annotated[Literal["json", "jsonextended", "csv"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_oql_query_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_OQL_QUERY_POST, (oql_query, format), _options)

    @_validated
    async def v2_oql_query_post_without_preload_content(
        self,
        oql_query: Union[OQLQuery, dict[str, Any]],
        format: Optional[Annotated[Literal["json", "jsonextended", "csv"], ARGUMENT_ENUM]] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_oql_query_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_OQL_QUERY_POST, (oql_query, format), _options)
