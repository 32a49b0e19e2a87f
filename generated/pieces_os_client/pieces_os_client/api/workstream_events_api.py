"""WorkstreamEventsApi: the operations tagged "WorkstreamEvents" of Pieces OS Client Open API."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional, Union

from pydantic import StrictBool, StrictInt, StrictStr

from pieces_os_client._operation import Operation, Param
from pieces_os_client._types import Ref
from pieces_os_client._validate import validation
from pieces_os_client.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from pieces_os_client.api_client import RequestOptions
    from pieces_os_client.api_response import ApiResponse
    from pieces_os_client.async_api_client import AsyncApiClient
    from pieces_os_client.models.flattened_workstream_events import FlattenedWorkstreamEvents
    from pieces_os_client.models.seeded_workstream_event import SeededWorkstreamEvent
    from pieces_os_client.models.workstream_event import WorkstreamEvent
    from pieces_os_client.models.workstream_events import WorkstreamEvents
    from pieces_os_client.models.workstream_events_batch_fetch_input import (
        WorkstreamEventsBatchFetchInput,
    )
    from pieces_os_client.models.workstream_events_batch_fetch_output import (
        WorkstreamEventsBatchFetchOutput,
    )
    from pieces_os_client.rest import RESTResponseType

_validated = validation(
    {
        "RequestOptions": ("pieces_os_client.api_client", "RequestOptions"),
        "SeededWorkstreamEvent": (
            "pieces_os_client.models.seeded_workstream_event",
            "SeededWorkstreamEvent",
        ),
        "Unpack": ("typing_extensions", "Unpack"),
        "WorkstreamEventsBatchFetchInput": (
            "pieces_os_client.models.workstream_events_batch_fetch_input",
            "WorkstreamEventsBatchFetchInput",
        ),
    }
)

_WORKSTREAM_EVENTS_BATCH: Operation[WorkstreamEventsBatchFetchOutput] = Operation(
    "POST",
    "/workstream_events/batch/fetch",
    params=(
        Param("workstream_events_batch_fetch_input", "body", required=True),
        Param("transferables", "query"),
    ),
    content_types=("application/json",),
    accepts=("application/json", "text/plain"),
    returns={
        "200": Ref("workstream_events_batch_fetch_output", "WorkstreamEventsBatchFetchOutput"),
        "500": str,
    },
    auth=("application",),
)

_WORKSTREAM_EVENTS_CREATE_NEW_WORKSTREAM_EVENT: Operation[WorkstreamEvent] = Operation(
    "POST",
    "/workstream_events/create",
    params=(Param("transferables", "query"), Param("seeded_workstream_event", "body")),
    content_types=("application/json",),
    accepts=("application/json", "text/plain"),
    returns={"200": Ref("workstream_event", "WorkstreamEvent"), "500": str},
    auth=("application",),
)

_WORKSTREAM_EVENTS_DELETE_SPECIFIC_WORKSTREAM_EVENT: Operation[None] = Operation(
    "POST",
    "/workstream_events/{workstream_event}/delete",
    params=(Param("workstream_event", "path"),),
    accepts=("text/plain",),
    returns={"500": str},
    auth=("application",),
)

_WORKSTREAM_EVENTS_IDENTIFIERS_SNAPSHOT: Operation[FlattenedWorkstreamEvents] = Operation(
    "GET",
    "/workstream_events/identifiers",
    params=(
        Param("limit", "query"),
        Param("created_from", "query"),
        Param("created_to", "query"),
        Param("updated_from", "query"),
        Param("updated_to", "query"),
    ),
    accepts=("application/json", "text/plain"),
    returns={"200": Ref("flattened_workstream_events", "FlattenedWorkstreamEvents"), "500": str},
    auth=("application",),
)

_WORKSTREAM_EVENTS_SNAPSHOT: Operation[WorkstreamEvents] = Operation(
    "GET",
    "/workstream_events",
    params=(Param("transferables", "query"),),
    accepts=("application/json", "text/plain"),
    returns={"200": Ref("workstream_events", "WorkstreamEvents"), "500": str},
    auth=("application",),
)


class WorkstreamEventsApi:
    """Create, fetch, list and delete workstream (Shadow Activity) events."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def workstream_events_batch(
        self,
        workstream_events_batch_fetch_input: Union[WorkstreamEventsBatchFetchInput, dict[str, Any]],
        transferables: Optional[StrictBool] = None,
        **_options: Unpack[RequestOptions],
    ) -> WorkstreamEventsBatchFetchOutput:
        """/workstream_events/batch/fetch [POST]

        Batch fetch workstream events by providing a list of UUIDs.
        This endpoint allows for efficient retrieval of multiple workstream events in a single request.
        The response will include successfully fetched events and a list of any UUIDs that were not found.
        Note: If a UUID in the batch doesn't exist, it will be caught and added to the notFound list in the response.
        The transferables query parameter defaults to false for performance optimization."""
        return self.api_client.call(
            _WORKSTREAM_EVENTS_BATCH, (workstream_events_batch_fetch_input, transferables), _options
        ).data

    @_validated
    def workstream_events_batch_with_http_info(
        self,
        workstream_events_batch_fetch_input: Union[WorkstreamEventsBatchFetchInput, dict[str, Any]],
        transferables: Optional[StrictBool] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[WorkstreamEventsBatchFetchOutput]:
        """Like `workstream_events_batch`, with status code, headers and raw body too."""
        return self.api_client.call(
            _WORKSTREAM_EVENTS_BATCH, (workstream_events_batch_fetch_input, transferables), _options
        )

    @_validated
    def workstream_events_batch_without_preload_content(
        self,
        workstream_events_batch_fetch_input: Union[WorkstreamEventsBatchFetchInput, dict[str, Any]],
        transferables: Optional[StrictBool] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `workstream_events_batch`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _WORKSTREAM_EVENTS_BATCH, (workstream_events_batch_fetch_input, transferables), _options
        )

    @_validated
    def workstream_events_create_new_workstream_event(
        self,
        transferables: Optional[StrictBool] = None,
        seeded_workstream_event: Optional[Union[SeededWorkstreamEvent, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> WorkstreamEvent:
        """/workstream_events/create [POST]

        This will create a new WorkstreamEvent in the database."""
        return self.api_client.call(
            _WORKSTREAM_EVENTS_CREATE_NEW_WORKSTREAM_EVENT,
            (transferables, seeded_workstream_event),
            _options,
        ).data

    @_validated
    def workstream_events_create_new_workstream_event_with_http_info(
        self,
        transferables: Optional[StrictBool] = None,
        seeded_workstream_event: Optional[Union[SeededWorkstreamEvent, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[WorkstreamEvent]:
        """Like `workstream_events_create_new_workstream_event`, with status code, headers and raw body too."""
        return self.api_client.call(
            _WORKSTREAM_EVENTS_CREATE_NEW_WORKSTREAM_EVENT,
            (transferables, seeded_workstream_event),
            _options,
        )

    @_validated
    def workstream_events_create_new_workstream_event_without_preload_content(
        self,
        transferables: Optional[StrictBool] = None,
        seeded_workstream_event: Optional[Union[SeededWorkstreamEvent, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `workstream_events_create_new_workstream_event`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _WORKSTREAM_EVENTS_CREATE_NEW_WORKSTREAM_EVENT,
            (transferables, seeded_workstream_event),
            _options,
        )

    @_validated
    def workstream_events_delete_specific_workstream_event(
        self, workstream_event: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """/workstream_events/{workstream_event}/delete [POST]

        This will delete a specific workstream_event from the database!"""
        self.api_client.call(
            _WORKSTREAM_EVENTS_DELETE_SPECIFIC_WORKSTREAM_EVENT, (workstream_event,), _options
        )

    @_validated
    def workstream_events_delete_specific_workstream_event_with_http_info(
        self, workstream_event: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `workstream_events_delete_specific_workstream_event`, with status code, headers and raw body too."""
        return self.api_client.call(
            _WORKSTREAM_EVENTS_DELETE_SPECIFIC_WORKSTREAM_EVENT, (workstream_event,), _options
        )

    @_validated
    def workstream_events_delete_specific_workstream_event_without_preload_content(
        self, workstream_event: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `workstream_events_delete_specific_workstream_event`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _WORKSTREAM_EVENTS_DELETE_SPECIFIC_WORKSTREAM_EVENT, (workstream_event,), _options
        )

    @_validated
    def workstream_events_identifiers_snapshot(
        self,
        limit: Optional[StrictInt] = None,
        created_from: Optional[datetime] = None,
        created_to: Optional[datetime] = None,
        updated_from: Optional[datetime] = None,
        updated_to: Optional[datetime] = None,
        **_options: Unpack[RequestOptions],
    ) -> FlattenedWorkstreamEvents:
        """/workstream_events/identifiers [GET]

        This is going to return all the identifiers of the workstream event in order of most recent -> oldest.

        Note: When both created and updated timestamp filters are provided, the filters default to OR logic.
        This means events will match if they satisfy EITHER the created timestamp range OR the updated timestamp range.
        """
        return self.api_client.call(
            _WORKSTREAM_EVENTS_IDENTIFIERS_SNAPSHOT,
            (limit, created_from, created_to, updated_from, updated_to),
            _options,
        ).data

    @_validated
    def workstream_events_identifiers_snapshot_with_http_info(
        self,
        limit: Optional[StrictInt] = None,
        created_from: Optional[datetime] = None,
        created_to: Optional[datetime] = None,
        updated_from: Optional[datetime] = None,
        updated_to: Optional[datetime] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[FlattenedWorkstreamEvents]:
        """Like `workstream_events_identifiers_snapshot`, with status code, headers and raw body too."""
        return self.api_client.call(
            _WORKSTREAM_EVENTS_IDENTIFIERS_SNAPSHOT,
            (limit, created_from, created_to, updated_from, updated_to),
            _options,
        )

    @_validated
    def workstream_events_identifiers_snapshot_without_preload_content(
        self,
        limit: Optional[StrictInt] = None,
        created_from: Optional[datetime] = None,
        created_to: Optional[datetime] = None,
        updated_from: Optional[datetime] = None,
        updated_to: Optional[datetime] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `workstream_events_identifiers_snapshot`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _WORKSTREAM_EVENTS_IDENTIFIERS_SNAPSHOT,
            (limit, created_from, created_to, updated_from, updated_to),
            _options,
        )

    @_validated
    def workstream_events_snapshot(
        self, transferables: Optional[StrictBool] = None, **_options: Unpack[RequestOptions]
    ) -> WorkstreamEvents:
        """/workstream_events [GET]

        This will get a snapshot of all your workstream events."""
        return self.api_client.call(_WORKSTREAM_EVENTS_SNAPSHOT, (transferables,), _options).data

    @_validated
    def workstream_events_snapshot_with_http_info(
        self, transferables: Optional[StrictBool] = None, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[WorkstreamEvents]:
        """Like `workstream_events_snapshot`, with status code, headers and raw body too."""
        return self.api_client.call(_WORKSTREAM_EVENTS_SNAPSHOT, (transferables,), _options)

    @_validated
    def workstream_events_snapshot_without_preload_content(
        self, transferables: Optional[StrictBool] = None, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `workstream_events_snapshot`, returning the HTTP response unread."""
        return self.api_client.call_raw(_WORKSTREAM_EVENTS_SNAPSHOT, (transferables,), _options)


class AsyncWorkstreamEventsApi:
    """WorkstreamEventsApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def workstream_events_batch(
        self,
        workstream_events_batch_fetch_input: Union[WorkstreamEventsBatchFetchInput, dict[str, Any]],
        transferables: Optional[StrictBool] = None,
        **_options: Unpack[RequestOptions],
    ) -> WorkstreamEventsBatchFetchOutput:
        """/workstream_events/batch/fetch [POST]

        Batch fetch workstream events by providing a list of UUIDs.
        This endpoint allows for efficient retrieval of multiple workstream events in a single request.
        The response will include successfully fetched events and a list of any UUIDs that were not found.
        Note: If a UUID in the batch doesn't exist, it will be caught and added to the notFound list in the response.
        The transferables query parameter defaults to false for performance optimization."""
        response = await self.api_client.call(
            _WORKSTREAM_EVENTS_BATCH, (workstream_events_batch_fetch_input, transferables), _options
        )
        return response.data

    @_validated
    async def workstream_events_batch_with_http_info(
        self,
        workstream_events_batch_fetch_input: Union[WorkstreamEventsBatchFetchInput, dict[str, Any]],
        transferables: Optional[StrictBool] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[WorkstreamEventsBatchFetchOutput]:
        """Like `workstream_events_batch`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _WORKSTREAM_EVENTS_BATCH, (workstream_events_batch_fetch_input, transferables), _options
        )

    @_validated
    async def workstream_events_batch_without_preload_content(
        self,
        workstream_events_batch_fetch_input: Union[WorkstreamEventsBatchFetchInput, dict[str, Any]],
        transferables: Optional[StrictBool] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `workstream_events_batch`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _WORKSTREAM_EVENTS_BATCH, (workstream_events_batch_fetch_input, transferables), _options
        )

    @_validated
    async def workstream_events_create_new_workstream_event(
        self,
        transferables: Optional[StrictBool] = None,
        seeded_workstream_event: Optional[Union[SeededWorkstreamEvent, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> WorkstreamEvent:
        """/workstream_events/create [POST]

        This will create a new WorkstreamEvent in the database."""
        response = await self.api_client.call(
            _WORKSTREAM_EVENTS_CREATE_NEW_WORKSTREAM_EVENT,
            (transferables, seeded_workstream_event),
            _options,
        )
        return response.data

    @_validated
    async def workstream_events_create_new_workstream_event_with_http_info(
        self,
        transferables: Optional[StrictBool] = None,
        seeded_workstream_event: Optional[Union[SeededWorkstreamEvent, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[WorkstreamEvent]:
        """Like `workstream_events_create_new_workstream_event`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _WORKSTREAM_EVENTS_CREATE_NEW_WORKSTREAM_EVENT,
            (transferables, seeded_workstream_event),
            _options,
        )

    @_validated
    async def workstream_events_create_new_workstream_event_without_preload_content(
        self,
        transferables: Optional[StrictBool] = None,
        seeded_workstream_event: Optional[Union[SeededWorkstreamEvent, dict[str, Any]]] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `workstream_events_create_new_workstream_event`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _WORKSTREAM_EVENTS_CREATE_NEW_WORKSTREAM_EVENT,
            (transferables, seeded_workstream_event),
            _options,
        )

    @_validated
    async def workstream_events_delete_specific_workstream_event(
        self, workstream_event: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """/workstream_events/{workstream_event}/delete [POST]

        This will delete a specific workstream_event from the database!"""
        await self.api_client.call(
            _WORKSTREAM_EVENTS_DELETE_SPECIFIC_WORKSTREAM_EVENT, (workstream_event,), _options
        )

    @_validated
    async def workstream_events_delete_specific_workstream_event_with_http_info(
        self, workstream_event: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `workstream_events_delete_specific_workstream_event`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _WORKSTREAM_EVENTS_DELETE_SPECIFIC_WORKSTREAM_EVENT, (workstream_event,), _options
        )

    @_validated
    async def workstream_events_delete_specific_workstream_event_without_preload_content(
        self, workstream_event: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `workstream_events_delete_specific_workstream_event`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _WORKSTREAM_EVENTS_DELETE_SPECIFIC_WORKSTREAM_EVENT, (workstream_event,), _options
        )

    @_validated
    async def workstream_events_identifiers_snapshot(
        self,
        limit: Optional[StrictInt] = None,
        created_from: Optional[datetime] = None,
        created_to: Optional[datetime] = None,
        updated_from: Optional[datetime] = None,
        updated_to: Optional[datetime] = None,
        **_options: Unpack[RequestOptions],
    ) -> FlattenedWorkstreamEvents:
        """/workstream_events/identifiers [GET]

        This is going to return all the identifiers of the workstream event in order of most recent -> oldest.

        Note: When both created and updated timestamp filters are provided, the filters default to OR logic.
        This means events will match if they satisfy EITHER the created timestamp range OR the updated timestamp range.
        """
        response = await self.api_client.call(
            _WORKSTREAM_EVENTS_IDENTIFIERS_SNAPSHOT,
            (limit, created_from, created_to, updated_from, updated_to),
            _options,
        )
        return response.data

    @_validated
    async def workstream_events_identifiers_snapshot_with_http_info(
        self,
        limit: Optional[StrictInt] = None,
        created_from: Optional[datetime] = None,
        created_to: Optional[datetime] = None,
        updated_from: Optional[datetime] = None,
        updated_to: Optional[datetime] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[FlattenedWorkstreamEvents]:
        """Like `workstream_events_identifiers_snapshot`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _WORKSTREAM_EVENTS_IDENTIFIERS_SNAPSHOT,
            (limit, created_from, created_to, updated_from, updated_to),
            _options,
        )

    @_validated
    async def workstream_events_identifiers_snapshot_without_preload_content(
        self,
        limit: Optional[StrictInt] = None,
        created_from: Optional[datetime] = None,
        created_to: Optional[datetime] = None,
        updated_from: Optional[datetime] = None,
        updated_to: Optional[datetime] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `workstream_events_identifiers_snapshot`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _WORKSTREAM_EVENTS_IDENTIFIERS_SNAPSHOT,
            (limit, created_from, created_to, updated_from, updated_to),
            _options,
        )

    @_validated
    async def workstream_events_snapshot(
        self, transferables: Optional[StrictBool] = None, **_options: Unpack[RequestOptions]
    ) -> WorkstreamEvents:
        """/workstream_events [GET]

        This will get a snapshot of all your workstream events."""
        response = await self.api_client.call(
            _WORKSTREAM_EVENTS_SNAPSHOT, (transferables,), _options
        )
        return response.data

    @_validated
    async def workstream_events_snapshot_with_http_info(
        self, transferables: Optional[StrictBool] = None, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[WorkstreamEvents]:
        """Like `workstream_events_snapshot`, with status code, headers and raw body too."""
        return await self.api_client.call(_WORKSTREAM_EVENTS_SNAPSHOT, (transferables,), _options)

    @_validated
    async def workstream_events_snapshot_without_preload_content(
        self, transferables: Optional[StrictBool] = None, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `workstream_events_snapshot`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _WORKSTREAM_EVENTS_SNAPSHOT, (transferables,), _options
        )
