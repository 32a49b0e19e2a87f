"""QualityTestApi: the operations tagged "QualityTest" of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union

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
    from oden.models.quality_schema import QualitySchema
    from oden.models.quality_test import QualityTest
    from oden.models.v2_quality_tests_delete_post_request import V2QualityTestsDeletePostRequest
    from oden.rest import RESTResponseType

_validated = validation(
    {
        "QualitySchema": ("oden.models.quality_schema", "QualitySchema"),
        "QualityTest": ("oden.models.quality_test", "QualityTest"),
        "RequestOptions": ("oden.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
        "V2QualityTestsDeletePostRequest": (
            "oden.models.v2_quality_tests_delete_post_request",
            "V2QualityTestsDeletePostRequest",
        ),
    }
)

_V2_QUALITY_SCHEMA_SEARCH_POST: Operation[None] = Operation(
    "POST",
    "/v2/quality_schema/search",
    params=(Param("quality_schema", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "403": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
        "404": Ref("generic_error", "GenericError"),
    },
    auth=("APIKeyAuth",),
)

_V2_QUALITY_TEST_DELETE_POST: Operation[None] = Operation(
    "POST",
    "/v2/quality_test/delete",
    params=(Param("quality_test", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "403": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
        "404": Ref("generic_error", "GenericError"),
    },
    auth=("APIKeyAuth",),
)

_V2_QUALITY_TEST_SEARCH_POST: Operation[None] = Operation(
    "POST",
    "/v2/quality_test/search",
    params=(Param("quality_test", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "403": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
        "404": Ref("generic_error", "GenericError"),
    },
    auth=("APIKeyAuth",),
)

_V2_QUALITY_TEST_SET_POST: Operation[None] = Operation(
    "POST",
    "/v2/quality_test/set",
    params=(Param("quality_test", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "403": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
        "404": Ref("generic_error", "GenericError"),
    },
    auth=("APIKeyAuth",),
)

_V2_QUALITY_TESTS_DELETE_POST: Operation[None] = Operation(
    "POST",
    "/v2/quality_tests/delete",
    params=(Param("v2_quality_tests_delete_post_request", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "409": Ref("v2_line_search_post409_response", "V2LineSearchPost409Response"),
        "401": Ref("generic_error", "GenericError"),
        "403": Ref("generic_error", "GenericError"),
        "500": Ref("v2_line_search_post500_response", "V2LineSearchPost500Response"),
        "501": Ref("generic_error", "GenericError"),
        "400": Ref("v2_line_search_post400_response", "V2LineSearchPost400Response"),
        "404": Ref("generic_error", "GenericError"),
    },
    auth=("APIKeyAuth",),
)


class QualityTestApi:
    """Quality tests and quality schemas."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def v2_quality_schema_search_post(
        self,
        quality_schema: Union[QualitySchema, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Searches for Quality Schema[s] by:

        - `factory`"""
        self.api_client.call(_V2_QUALITY_SCHEMA_SEARCH_POST, (quality_schema,), _options)

    @_validated
    def v2_quality_schema_search_post_with_http_info(
        self,
        quality_schema: Union[QualitySchema, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_quality_schema_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_QUALITY_SCHEMA_SEARCH_POST, (quality_schema,), _options)

    @_validated
    def v2_quality_schema_search_post_without_preload_content(
        self,
        quality_schema: Union[QualitySchema, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_quality_schema_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_QUALITY_SCHEMA_SEARCH_POST, (quality_schema,), _options)

    @_validated
    def v2_quality_test_delete_post(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> None:
        """Searches for uniqueQuality Test by:

        - `id`

        OR

        - `interval` (of type `RUN` or `BATCH`)*

        *This only work if there is a single quality test record for the interval."""
        self.api_client.call(_V2_QUALITY_TEST_DELETE_POST, (quality_test,), _options)

    @_validated
    def v2_quality_test_delete_post_with_http_info(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `v2_quality_test_delete_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_QUALITY_TEST_DELETE_POST, (quality_test,), _options)

    @_validated
    def v2_quality_test_delete_post_without_preload_content(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_quality_test_delete_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_QUALITY_TEST_DELETE_POST, (quality_test,), _options)

    @_validated
    def v2_quality_test_search_post(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> None:
        """Searches for Quality Test[s] by:

        - `id`

        OR

        - `interval` (of type `RUN` or `BATCH`)"""
        self.api_client.call(_V2_QUALITY_TEST_SEARCH_POST, (quality_test,), _options)

    @_validated
    def v2_quality_test_search_post_with_http_info(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `v2_quality_test_search_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_QUALITY_TEST_SEARCH_POST, (quality_test,), _options)

    @_validated
    def v2_quality_test_search_post_without_preload_content(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_quality_test_search_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_QUALITY_TEST_SEARCH_POST, (quality_test,), _options)

    @_validated
    def v2_quality_test_set_post(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> None:
        """Create or update a Quality Test record:
        - To update `id` must be supplied. Only the supplied fields will be updated, the rest will remain unchanged.
        - If `id` is not supplied, a new `quality_test_record` will be created."""
        self.api_client.call(_V2_QUALITY_TEST_SET_POST, (quality_test,), _options)

    @_validated
    def v2_quality_test_set_post_with_http_info(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `v2_quality_test_set_post`, with status code, headers and raw body too."""
        return self.api_client.call(_V2_QUALITY_TEST_SET_POST, (quality_test,), _options)

    @_validated
    def v2_quality_test_set_post_without_preload_content(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `v2_quality_test_set_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(_V2_QUALITY_TEST_SET_POST, (quality_test,), _options)

    @_validated
    def v2_quality_tests_delete_post(
        self,
        v2_quality_tests_delete_post_request: Union[
            V2QualityTestsDeletePostRequest, dict[str, Any]
        ],
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Bulk deletes quality tests, either:
        - All quality tests on a given `line` whose `timsetamp` is between `start_time` and `end_time`
        OR
        - All quality tests whose `id` is supplied

        It will do one or the other, with a bias for `id`'s if both are supplied."""
        self.api_client.call(
            _V2_QUALITY_TESTS_DELETE_POST, (v2_quality_tests_delete_post_request,), _options
        )

    @_validated
    def v2_quality_tests_delete_post_with_http_info(
        self,
        v2_quality_tests_delete_post_request: Union[
            V2QualityTestsDeletePostRequest, dict[str, Any]
        ],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_quality_tests_delete_post`, with status code, headers and raw body too."""
        return self.api_client.call(
            _V2_QUALITY_TESTS_DELETE_POST, (v2_quality_tests_delete_post_request,), _options
        )

    @_validated
    def v2_quality_tests_delete_post_without_preload_content(
        self,
        v2_quality_tests_delete_post_request: Union[
            V2QualityTestsDeletePostRequest, dict[str, Any]
        ],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `v2_quality_tests_delete_post`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _V2_QUALITY_TESTS_DELETE_POST, (v2_quality_tests_delete_post_request,), _options
        )


class AsyncQualityTestApi:
    """QualityTestApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def v2_quality_schema_search_post(
        self,
        quality_schema: Union[QualitySchema, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Searches for Quality Schema[s] by:

        - `factory`"""
        await self.api_client.call(_V2_QUALITY_SCHEMA_SEARCH_POST, (quality_schema,), _options)

    @_validated
    async def v2_quality_schema_search_post_with_http_info(
        self,
        quality_schema: Union[QualitySchema, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_quality_schema_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _V2_QUALITY_SCHEMA_SEARCH_POST, (quality_schema,), _options
        )

    @_validated
    async def v2_quality_schema_search_post_without_preload_content(
        self,
        quality_schema: Union[QualitySchema, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_quality_schema_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_QUALITY_SCHEMA_SEARCH_POST, (quality_schema,), _options
        )

    @_validated
    async def v2_quality_test_delete_post(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> None:
        """Searches for uniqueQuality Test by:

        - `id`

        OR

        - `interval` (of type `RUN` or `BATCH`)*

        *This only work if there is a single quality test record for the interval."""
        await self.api_client.call(_V2_QUALITY_TEST_DELETE_POST, (quality_test,), _options)

    @_validated
    async def v2_quality_test_delete_post_with_http_info(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `v2_quality_test_delete_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_QUALITY_TEST_DELETE_POST, (quality_test,), _options)

    @_validated
    async def v2_quality_test_delete_post_without_preload_content(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_quality_test_delete_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_QUALITY_TEST_DELETE_POST, (quality_test,), _options
        )

    @_validated
    async def v2_quality_test_search_post(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> None:
        """Searches for Quality Test[s] by:

        - `id`

        OR

        - `interval` (of type `RUN` or `BATCH`)"""
        await self.api_client.call(_V2_QUALITY_TEST_SEARCH_POST, (quality_test,), _options)

    @_validated
    async def v2_quality_test_search_post_with_http_info(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `v2_quality_test_search_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_QUALITY_TEST_SEARCH_POST, (quality_test,), _options)

    @_validated
    async def v2_quality_test_search_post_without_preload_content(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_quality_test_search_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_QUALITY_TEST_SEARCH_POST, (quality_test,), _options
        )

    @_validated
    async def v2_quality_test_set_post(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> None:
        """Create or update a Quality Test record:
        - To update `id` must be supplied. Only the supplied fields will be updated, the rest will remain unchanged.
        - If `id` is not supplied, a new `quality_test_record` will be created."""
        await self.api_client.call(_V2_QUALITY_TEST_SET_POST, (quality_test,), _options)

    @_validated
    async def v2_quality_test_set_post_with_http_info(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `v2_quality_test_set_post`, with status code, headers and raw body too."""
        return await self.api_client.call(_V2_QUALITY_TEST_SET_POST, (quality_test,), _options)

    @_validated
    async def v2_quality_test_set_post_without_preload_content(
        self, quality_test: Union[QualityTest, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `v2_quality_test_set_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_V2_QUALITY_TEST_SET_POST, (quality_test,), _options)

    @_validated
    async def v2_quality_tests_delete_post(
        self,
        v2_quality_tests_delete_post_request: Union[
            V2QualityTestsDeletePostRequest, dict[str, Any]
        ],
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Bulk deletes quality tests, either:
        - All quality tests on a given `line` whose `timsetamp` is between `start_time` and `end_time`
        OR
        - All quality tests whose `id` is supplied

        It will do one or the other, with a bias for `id`'s if both are supplied."""
        await self.api_client.call(
            _V2_QUALITY_TESTS_DELETE_POST, (v2_quality_tests_delete_post_request,), _options
        )

    @_validated
    async def v2_quality_tests_delete_post_with_http_info(
        self,
        v2_quality_tests_delete_post_request: Union[
            V2QualityTestsDeletePostRequest, dict[str, Any]
        ],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `v2_quality_tests_delete_post`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _V2_QUALITY_TESTS_DELETE_POST, (v2_quality_tests_delete_post_request,), _options
        )

    @_validated
    async def v2_quality_tests_delete_post_without_preload_content(
        self,
        v2_quality_tests_delete_post_request: Union[
            V2QualityTestsDeletePostRequest, dict[str, Any]
        ],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `v2_quality_tests_delete_post`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _V2_QUALITY_TESTS_DELETE_POST, (v2_quality_tests_delete_post_request,), _options
        )
