"""MachineHoldsApi: the operations tagged "MachineHolds" of pytm4srv machine holds API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union, cast

from pytm4srv._operation import Operation, Param
from pytm4srv.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from pytm4srv.api_client import RequestOptions
    from pytm4srv.api_response import ApiResponse
    from pytm4srv.async_api_client import AsyncApiClient
    from pytm4srv.models.machine_hold import MachineHold
    from pytm4srv.models.machine_hold_patch import MachineHoldPatch
    from pytm4srv.models.machine_hold_schedule import MachineHoldSchedule
    from pytm4srv.models.machine_hold_schedule_patch import MachineHoldSchedulePatch
    from pytm4srv.models.machine_hold_schedule_preview import MachineHoldSchedulePreview
    from pytm4srv.rest import RESTResponse

_CREATE_HOLD_SCHEDULE = Operation(
    "PUT",
    "/api/machines/holds/schedules/",
    params=(Param("machine_hold_schedule", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": "MachineHoldSchedule", "400": "Error"},
    auth=("session",),
)

_DELETE_HOLD = Operation(
    "DELETE",
    "/api/machines/holds/{hold_id}",
    params=(Param("hold_id", "path"),),
    accepts=("application/json",),
    returns={"403": "Error", "404": "Error"},
    auth=("session",),
)

_DELETE_HOLD_SCHEDULE = Operation(
    "DELETE",
    "/api/machines/holds/schedules/{schedule_id}",
    params=(Param("schedule_id", "path"),),
    accepts=("application/json",),
    returns={"404": "Error"},
    auth=("session",),
)

_GET_HOLD = Operation(
    "GET",
    "/api/machines/holds/{hold_id}",
    params=(Param("hold_id", "path"),),
    accepts=("application/json",),
    returns={"200": "MachineHold", "404": "Error"},
    auth=("session",),
)

_GET_HOLD_SCHEDULE = Operation(
    "GET",
    "/api/machines/holds/schedules/{schedule_id}",
    params=(Param("schedule_id", "path"),),
    accepts=("application/json",),
    returns={"200": "MachineHoldSchedule", "404": "Error"},
    auth=("session",),
)

_LIST_HOLD_SCHEDULES = Operation(
    "GET",
    "/api/machines/holds/schedules/",
    accepts=("application/json",),
    returns={"200": "dict[str, MachineHoldSchedule]"},
    auth=("session",),
)

_LIST_HOLDS = Operation(
    "GET",
    "/api/machines/holds/",
    params=(
        Param("machine", "query"),
        Param("user", "query"),
        Param("end", "query"),
        Param("start_after", "query"),
        Param("end_before", "query"),
        Param("limit", "query"),
        Param("offset", "query"),
    ),
    accepts=("application/json",),
    returns={"200": "list[MachineHold]", "400": "Error"},
    auth=("session",),
)

_PREVIEW_HOLD_SCHEDULE = Operation(
    "POST",
    "/api/machines/holds/schedules/previewSchedule",
    params=(Param("machine_hold_schedule_preview", "body", required=True), Param("count", "query")),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": "list[float]", "400": "Error"},
    auth=("session",),
)

_UPDATE_HOLD = Operation(
    "PATCH",
    "/api/machines/holds/{hold_id}",
    params=(Param("hold_id", "path"), Param("machine_hold_patch", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": "MachineHold", "400": "Error", "404": "Error"},
    auth=("session",),
)

_UPDATE_HOLD_SCHEDULE = Operation(
    "PATCH",
    "/api/machines/holds/schedules/{schedule_id}",
    params=(
        Param("schedule_id", "path"),
        Param("machine_hold_schedule_patch", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": "MachineHoldSchedule", "400": "Error", "404": "Error"},
    auth=("session",),
)


class MachineHoldsApi:
    """Holds placed on machines, and schedules that create such holds automatically."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    def create_hold_schedule(
        self,
        machine_hold_schedule: Union[MachineHoldSchedule, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> MachineHoldSchedule:
        """Create a new machine hold schedule.

        Create a new machine hold schedule. The request body is a MachineHoldSchedule object."""
        response = self.api_client.call(_CREATE_HOLD_SCHEDULE, locals(), _options)
        return cast("MachineHoldSchedule", response.data)

    def create_hold_schedule_with_http_info(
        self,
        machine_hold_schedule: Union[MachineHoldSchedule, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[MachineHoldSchedule]:
        """Like `create_hold_schedule`, with status code, headers and raw body too."""
        return self.api_client.call(_CREATE_HOLD_SCHEDULE, locals(), _options)

    def create_hold_schedule_without_preload_content(
        self,
        machine_hold_schedule: Union[MachineHoldSchedule, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponse:
        """Like `create_hold_schedule`, returning the HTTP response unread."""
        return self.api_client.call_raw(_CREATE_HOLD_SCHEDULE, locals(), _options)

    def delete_hold(self, hold_id: int, **_options: Unpack[RequestOptions]) -> None:
        """Delete an existing machine hold.

        Delete an existing machine hold.

        This can only be done by administrators and planners."""
        self.api_client.call(_DELETE_HOLD, locals(), _options)

    def delete_hold_with_http_info(
        self, hold_id: int, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `delete_hold`, with status code, headers and raw body too."""
        return self.api_client.call(_DELETE_HOLD, locals(), _options)

    def delete_hold_without_preload_content(
        self, hold_id: int, **_options: Unpack[RequestOptions]
    ) -> RESTResponse:
        """Like `delete_hold`, returning the HTTP response unread."""
        return self.api_client.call_raw(_DELETE_HOLD, locals(), _options)

    def delete_hold_schedule(self, schedule_id: int, **_options: Unpack[RequestOptions]) -> None:
        """Delete an existing machine hold schedule.

        Delete an existing machine hold schedule."""
        self.api_client.call(_DELETE_HOLD_SCHEDULE, locals(), _options)

    def delete_hold_schedule_with_http_info(
        self, schedule_id: int, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `delete_hold_schedule`, with status code, headers and raw body too."""
        return self.api_client.call(_DELETE_HOLD_SCHEDULE, locals(), _options)

    def delete_hold_schedule_without_preload_content(
        self, schedule_id: int, **_options: Unpack[RequestOptions]
    ) -> RESTResponse:
        """Like `delete_hold_schedule`, returning the HTTP response unread."""
        return self.api_client.call_raw(_DELETE_HOLD_SCHEDULE, locals(), _options)

    def get_hold(self, hold_id: int, **_options: Unpack[RequestOptions]) -> MachineHold:
        """Get details about a single machine hold.

        Get details about a single machine hold."""
        response = self.api_client.call(_GET_HOLD, locals(), _options)
        return cast("MachineHold", response.data)

    def get_hold_with_http_info(
        self, hold_id: int, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[MachineHold]:
        """Like `get_hold`, with status code, headers and raw body too."""
        return self.api_client.call(_GET_HOLD, locals(), _options)

    def get_hold_without_preload_content(
        self, hold_id: int, **_options: Unpack[RequestOptions]
    ) -> RESTResponse:
        """Like `get_hold`, returning the HTTP response unread."""
        return self.api_client.call_raw(_GET_HOLD, locals(), _options)

    def get_hold_schedule(
        self, schedule_id: int, **_options: Unpack[RequestOptions]
    ) -> MachineHoldSchedule:
        """Get details about a single machine hold schedule.

        Get details about a single machine hold schedule."""
        response = self.api_client.call(_GET_HOLD_SCHEDULE, locals(), _options)
        return cast("MachineHoldSchedule", response.data)

    def get_hold_schedule_with_http_info(
        self, schedule_id: int, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[MachineHoldSchedule]:
        """Like `get_hold_schedule`, with status code, headers and raw body too."""
        return self.api_client.call(_GET_HOLD_SCHEDULE, locals(), _options)

    def get_hold_schedule_without_preload_content(
        self, schedule_id: int, **_options: Unpack[RequestOptions]
    ) -> RESTResponse:
        """Like `get_hold_schedule`, returning the HTTP response unread."""
        return self.api_client.call_raw(_GET_HOLD_SCHEDULE, locals(), _options)

    def list_hold_schedules(
        self, **_options: Unpack[RequestOptions]
    ) -> dict[str, MachineHoldSchedule]:
        """Get all existing machine hold schedules.

        Get all existing machine hold schedules, as an object mapping MachineHoldSchedule ID to MachineHoldSchedule object.
        """
        response = self.api_client.call(_LIST_HOLD_SCHEDULES, locals(), _options)
        return cast("dict[str, MachineHoldSchedule]", response.data)

    def list_hold_schedules_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[dict[str, MachineHoldSchedule]]:
        """Like `list_hold_schedules`, with status code, headers and raw body too."""
        return self.api_client.call(_LIST_HOLD_SCHEDULES, locals(), _options)

    def list_hold_schedules_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponse:
        """Like `list_hold_schedules`, returning the HTTP response unread."""
        return self.api_client.call_raw(_LIST_HOLD_SCHEDULES, locals(), _options)

    def list_holds(
        self,
        machine: Optional[list[int]] = None,
        user: Optional[list[int]] = None,
        end: Optional[int] = None,
        start_after: Optional[float] = None,
        end_before: Optional[float] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[MachineHold]:
        """Query across all holds.

        Query across all holds. Returns a list of MachineHold objects in chronological order by start timestamp.
        """
        response = self.api_client.call(_LIST_HOLDS, locals(), _options)
        return cast("list[MachineHold]", response.data)

    def list_holds_with_http_info(
        self,
        machine: Optional[list[int]] = None,
        user: Optional[list[int]] = None,
        end: Optional[int] = None,
        start_after: Optional[float] = None,
        end_before: Optional[float] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[MachineHold]]:
        """Like `list_holds`, with status code, headers and raw body too."""
        return self.api_client.call(_LIST_HOLDS, locals(), _options)

    def list_holds_without_preload_content(
        self,
        machine: Optional[list[int]] = None,
        user: Optional[list[int]] = None,
        end: Optional[int] = None,
        start_after: Optional[float] = None,
        end_before: Optional[float] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponse:
        """Like `list_holds`, returning the HTTP response unread."""
        return self.api_client.call_raw(_LIST_HOLDS, locals(), _options)

    def preview_hold_schedule(
        self,
        machine_hold_schedule_preview: Union[MachineHoldSchedulePreview, dict[str, Any]],
        count: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[float]:
        """List the next few times when the provided schedule would run.

        List the next few times when the provided schedule would run. The request body should include at least the scheduling fields of a machine hold schedule, but if id is provided, the schedule will start from the timestamp of the last hold with that schedule ID.
        """
        response = self.api_client.call(_PREVIEW_HOLD_SCHEDULE, locals(), _options)
        return cast("list[float]", response.data)

    def preview_hold_schedule_with_http_info(
        self,
        machine_hold_schedule_preview: Union[MachineHoldSchedulePreview, dict[str, Any]],
        count: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[float]]:
        """Like `preview_hold_schedule`, with status code, headers and raw body too."""
        return self.api_client.call(_PREVIEW_HOLD_SCHEDULE, locals(), _options)

    def preview_hold_schedule_without_preload_content(
        self,
        machine_hold_schedule_preview: Union[MachineHoldSchedulePreview, dict[str, Any]],
        count: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponse:
        """Like `preview_hold_schedule`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PREVIEW_HOLD_SCHEDULE, locals(), _options)

    def update_hold(
        self,
        hold_id: int,
        machine_hold_patch: Union[MachineHoldPatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> MachineHold:
        """Edit an existing machine hold.

        Edit an existing machine hold. The request body is a (partial) MachineHold object."""
        response = self.api_client.call(_UPDATE_HOLD, locals(), _options)
        return cast("MachineHold", response.data)

    def update_hold_with_http_info(
        self,
        hold_id: int,
        machine_hold_patch: Union[MachineHoldPatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[MachineHold]:
        """Like `update_hold`, with status code, headers and raw body too."""
        return self.api_client.call(_UPDATE_HOLD, locals(), _options)

    def update_hold_without_preload_content(
        self,
        hold_id: int,
        machine_hold_patch: Union[MachineHoldPatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponse:
        """Like `update_hold`, returning the HTTP response unread."""
        return self.api_client.call_raw(_UPDATE_HOLD, locals(), _options)

    def update_hold_schedule(
        self,
        schedule_id: int,
        machine_hold_schedule_patch: Union[MachineHoldSchedulePatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> MachineHoldSchedule:
        """Edit an existing machine hold schedule.

        Edit an existing machine hold schedule. The request body is a (partial) MachineHoldSchedule object.
        """
        response = self.api_client.call(_UPDATE_HOLD_SCHEDULE, locals(), _options)
        return cast("MachineHoldSchedule", response.data)

    def update_hold_schedule_with_http_info(
        self,
        schedule_id: int,
        machine_hold_schedule_patch: Union[MachineHoldSchedulePatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[MachineHoldSchedule]:
        """Like `update_hold_schedule`, with status code, headers and raw body too."""
        return self.api_client.call(_UPDATE_HOLD_SCHEDULE, locals(), _options)

    def update_hold_schedule_without_preload_content(
        self,
        schedule_id: int,
        machine_hold_schedule_patch: Union[MachineHoldSchedulePatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponse:
        """Like `update_hold_schedule`, returning the HTTP response unread."""
        return self.api_client.call_raw(_UPDATE_HOLD_SCHEDULE, locals(), _options)


class AsyncMachineHoldsApi:
    """MachineHoldsApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    async def create_hold_schedule(
        self,
        machine_hold_schedule: Union[MachineHoldSchedule, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> MachineHoldSchedule:
        """Create a new machine hold schedule.

        Create a new machine hold schedule. The request body is a MachineHoldSchedule object."""
        response = await self.api_client.call(_CREATE_HOLD_SCHEDULE, locals(), _options)
        return cast("MachineHoldSchedule", response.data)

    async def create_hold_schedule_with_http_info(
        self,
        machine_hold_schedule: Union[MachineHoldSchedule, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[MachineHoldSchedule]:
        """Like `create_hold_schedule`, with status code, headers and raw body too."""
        return await self.api_client.call(_CREATE_HOLD_SCHEDULE, locals(), _options)

    async def create_hold_schedule_without_preload_content(
        self,
        machine_hold_schedule: Union[MachineHoldSchedule, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `create_hold_schedule`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_CREATE_HOLD_SCHEDULE, locals(), _options)

    async def delete_hold(self, hold_id: int, **_options: Unpack[RequestOptions]) -> None:
        """Delete an existing machine hold.

        Delete an existing machine hold.

        This can only be done by administrators and planners."""
        await self.api_client.call(_DELETE_HOLD, locals(), _options)

    async def delete_hold_with_http_info(
        self, hold_id: int, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `delete_hold`, with status code, headers and raw body too."""
        return await self.api_client.call(_DELETE_HOLD, locals(), _options)

    async def delete_hold_without_preload_content(
        self, hold_id: int, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `delete_hold`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_DELETE_HOLD, locals(), _options)

    async def delete_hold_schedule(
        self, schedule_id: int, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete an existing machine hold schedule.

        Delete an existing machine hold schedule."""
        await self.api_client.call(_DELETE_HOLD_SCHEDULE, locals(), _options)

    async def delete_hold_schedule_with_http_info(
        self, schedule_id: int, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `delete_hold_schedule`, with status code, headers and raw body too."""
        return await self.api_client.call(_DELETE_HOLD_SCHEDULE, locals(), _options)

    async def delete_hold_schedule_without_preload_content(
        self, schedule_id: int, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `delete_hold_schedule`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_DELETE_HOLD_SCHEDULE, locals(), _options)

    async def get_hold(self, hold_id: int, **_options: Unpack[RequestOptions]) -> MachineHold:
        """Get details about a single machine hold.

        Get details about a single machine hold."""
        response = await self.api_client.call(_GET_HOLD, locals(), _options)
        return cast("MachineHold", response.data)

    async def get_hold_with_http_info(
        self, hold_id: int, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[MachineHold]:
        """Like `get_hold`, with status code, headers and raw body too."""
        return await self.api_client.call(_GET_HOLD, locals(), _options)

    async def get_hold_without_preload_content(
        self, hold_id: int, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_hold`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_GET_HOLD, locals(), _options)

    async def get_hold_schedule(
        self, schedule_id: int, **_options: Unpack[RequestOptions]
    ) -> MachineHoldSchedule:
        """Get details about a single machine hold schedule.

        Get details about a single machine hold schedule."""
        response = await self.api_client.call(_GET_HOLD_SCHEDULE, locals(), _options)
        return cast("MachineHoldSchedule", response.data)

    async def get_hold_schedule_with_http_info(
        self, schedule_id: int, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[MachineHoldSchedule]:
        """Like `get_hold_schedule`, with status code, headers and raw body too."""
        return await self.api_client.call(_GET_HOLD_SCHEDULE, locals(), _options)

    async def get_hold_schedule_without_preload_content(
        self, schedule_id: int, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_hold_schedule`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_GET_HOLD_SCHEDULE, locals(), _options)

    async def list_hold_schedules(
        self, **_options: Unpack[RequestOptions]
    ) -> dict[str, MachineHoldSchedule]:
        """Get all existing machine hold schedules.

        Get all existing machine hold schedules, as an object mapping MachineHoldSchedule ID to MachineHoldSchedule object.
        """
        response = await self.api_client.call(_LIST_HOLD_SCHEDULES, locals(), _options)
        return cast("dict[str, MachineHoldSchedule]", response.data)

    async def list_hold_schedules_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[dict[str, MachineHoldSchedule]]:
        """Like `list_hold_schedules`, with status code, headers and raw body too."""
        return await self.api_client.call(_LIST_HOLD_SCHEDULES, locals(), _options)

    async def list_hold_schedules_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `list_hold_schedules`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_LIST_HOLD_SCHEDULES, locals(), _options)

    async def list_holds(
        self,
        machine: Optional[list[int]] = None,
        user: Optional[list[int]] = None,
        end: Optional[int] = None,
        start_after: Optional[float] = None,
        end_before: Optional[float] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[MachineHold]:
        """Query across all holds.

        Query across all holds. Returns a list of MachineHold objects in chronological order by start timestamp.
        """
        response = await self.api_client.call(_LIST_HOLDS, locals(), _options)
        return cast("list[MachineHold]", response.data)

    async def list_holds_with_http_info(
        self,
        machine: Optional[list[int]] = None,
        user: Optional[list[int]] = None,
        end: Optional[int] = None,
        start_after: Optional[float] = None,
        end_before: Optional[float] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[MachineHold]]:
        """Like `list_holds`, with status code, headers and raw body too."""
        return await self.api_client.call(_LIST_HOLDS, locals(), _options)

    async def list_holds_without_preload_content(
        self,
        machine: Optional[list[int]] = None,
        user: Optional[list[int]] = None,
        end: Optional[int] = None,
        start_after: Optional[float] = None,
        end_before: Optional[float] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `list_holds`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_LIST_HOLDS, locals(), _options)

    async def preview_hold_schedule(
        self,
        machine_hold_schedule_preview: Union[MachineHoldSchedulePreview, dict[str, Any]],
        count: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[float]:
        """List the next few times when the provided schedule would run.

        List the next few times when the provided schedule would run. The request body should include at least the scheduling fields of a machine hold schedule, but if id is provided, the schedule will start from the timestamp of the last hold with that schedule ID.
        """
        response = await self.api_client.call(_PREVIEW_HOLD_SCHEDULE, locals(), _options)
        return cast("list[float]", response.data)

    async def preview_hold_schedule_with_http_info(
        self,
        machine_hold_schedule_preview: Union[MachineHoldSchedulePreview, dict[str, Any]],
        count: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[float]]:
        """Like `preview_hold_schedule`, with status code, headers and raw body too."""
        return await self.api_client.call(_PREVIEW_HOLD_SCHEDULE, locals(), _options)

    async def preview_hold_schedule_without_preload_content(
        self,
        machine_hold_schedule_preview: Union[MachineHoldSchedulePreview, dict[str, Any]],
        count: Optional[int] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `preview_hold_schedule`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_PREVIEW_HOLD_SCHEDULE, locals(), _options)

    async def update_hold(
        self,
        hold_id: int,
        machine_hold_patch: Union[MachineHoldPatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> MachineHold:
        """Edit an existing machine hold.

        Edit an existing machine hold. The request body is a (partial) MachineHold object."""
        response = await self.api_client.call(_UPDATE_HOLD, locals(), _options)
        return cast("MachineHold", response.data)

    async def update_hold_with_http_info(
        self,
        hold_id: int,
        machine_hold_patch: Union[MachineHoldPatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[MachineHold]:
        """Like `update_hold`, with status code, headers and raw body too."""
        return await self.api_client.call(_UPDATE_HOLD, locals(), _options)

    async def update_hold_without_preload_content(
        self,
        hold_id: int,
        machine_hold_patch: Union[MachineHoldPatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `update_hold`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_UPDATE_HOLD, locals(), _options)

    async def update_hold_schedule(
        self,
        schedule_id: int,
        machine_hold_schedule_patch: Union[MachineHoldSchedulePatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> MachineHoldSchedule:
        """Edit an existing machine hold schedule.

        Edit an existing machine hold schedule. The request body is a (partial) MachineHoldSchedule object.
        """
        response = await self.api_client.call(_UPDATE_HOLD_SCHEDULE, locals(), _options)
        return cast("MachineHoldSchedule", response.data)

    async def update_hold_schedule_with_http_info(
        self,
        schedule_id: int,
        machine_hold_schedule_patch: Union[MachineHoldSchedulePatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[MachineHoldSchedule]:
        """Like `update_hold_schedule`, with status code, headers and raw body too."""
        return await self.api_client.call(_UPDATE_HOLD_SCHEDULE, locals(), _options)

    async def update_hold_schedule_without_preload_content(
        self,
        schedule_id: int,
        machine_hold_schedule_patch: Union[MachineHoldSchedulePatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `update_hold_schedule`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_UPDATE_HOLD_SCHEDULE, locals(), _options)
