"""MachineHoldsApi: the operations tagged "MachineHolds" of pytm4srv machine holds API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, Optional, Union

from pydantic import StrictFloat, StrictInt

from pytm4srv._model import ARGUMENT_ENUM, Limits
from pytm4srv._operation import Operation, Param
from pytm4srv._types import DictOf, ListOf, Ref
from pytm4srv._validate import validation
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
    from pytm4srv.rest import RESTResponseType

_validated = validation(
    {
        "MachineHoldPatch": ("pytm4srv.models.machine_hold_patch", "MachineHoldPatch"),
        "MachineHoldSchedule": ("pytm4srv.models.machine_hold_schedule", "MachineHoldSchedule"),
        "MachineHoldSchedulePatch": (
            "pytm4srv.models.machine_hold_schedule_patch",
            "MachineHoldSchedulePatch",
        ),
        "MachineHoldSchedulePreview": (
            "pytm4srv.models.machine_hold_schedule_preview",
            "MachineHoldSchedulePreview",
        ),
        "RequestOptions": ("pytm4srv.api_client", "RequestOptions"),
        "Unpack": ("typing_extensions", "Unpack"),
    }
)

_CREATE_HOLD_SCHEDULE: Operation[MachineHoldSchedule] = Operation(
    "PUT",
    "/api/machines/holds/schedules/",
    params=(Param("machine_hold_schedule", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "201": Ref("machine_hold_schedule", "MachineHoldSchedule"),
        "400": Ref("error", "Error"),
    },
)

_DELETE_HOLD: Operation[None] = Operation(
    "DELETE",
    "/api/machines/holds/{hold_id}",
    params=(Param("hold_id", "path"),),
    accepts=("application/json",),
    returns={"403": Ref("error", "Error"), "404": Ref("error", "Error")},
)

_DELETE_HOLD_SCHEDULE: Operation[None] = Operation(
    "DELETE",
    "/api/machines/holds/schedules/{schedule_id}",
    params=(Param("schedule_id", "path"),),
    accepts=("application/json",),
    returns={"404": Ref("error", "Error")},
)

_GET_HOLD: Operation[MachineHold] = Operation(
    "GET",
    "/api/machines/holds/{hold_id}",
    params=(Param("hold_id", "path"),),
    accepts=("application/json",),
    returns={"200": Ref("machine_hold", "MachineHold"), "404": Ref("error", "Error")},
)

_GET_HOLD_SCHEDULE: Operation[MachineHoldSchedule] = Operation(
    "GET",
    "/api/machines/holds/schedules/{schedule_id}",
    params=(Param("schedule_id", "path"),),
    accepts=("application/json",),
    returns={
        "200": Ref("machine_hold_schedule", "MachineHoldSchedule"),
        "404": Ref("error", "Error"),
    },
)

_LIST_HOLD_SCHEDULES: Operation[dict[str, MachineHoldSchedule]] = Operation(
    "GET",
    "/api/machines/holds/schedules/",
    accepts=("application/json",),
    returns={"200": DictOf(Ref("machine_hold_schedule", "MachineHoldSchedule"))},
)

_LIST_HOLDS: Operation[list[MachineHold]] = Operation(
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
    returns={"200": ListOf(Ref("machine_hold", "MachineHold")), "400": Ref("error", "Error")},
)

_PREVIEW_HOLD_SCHEDULE: Operation[list[float]] = Operation(
    "POST",
    "/api/machines/holds/schedules/previewSchedule",
    params=(Param("machine_hold_schedule_preview", "body", required=True), Param("count", "query")),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": ListOf(float), "400": Ref("error", "Error")},
)

_UPDATE_HOLD: Operation[MachineHold] = Operation(
    "PATCH",
    "/api/machines/holds/{hold_id}",
    params=(Param("hold_id", "path"), Param("machine_hold_patch", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": Ref("machine_hold", "MachineHold"),
        "400": Ref("error", "Error"),
        "404": Ref("error", "Error"),
    },
)

_UPDATE_HOLD_SCHEDULE: Operation[MachineHoldSchedule] = Operation(
    "PATCH",
    "/api/machines/holds/schedules/{schedule_id}",
    params=(
        Param("schedule_id", "path"),
        Param("machine_hold_schedule_patch", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": Ref("machine_hold_schedule", "MachineHoldSchedule"),
        "400": Ref("error", "Error"),
        "404": Ref("error", "Error"),
    },
)


class MachineHoldsApi:
    """Holds placed on machines, and schedules that create such holds automatically."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def create_hold_schedule(
        self,
        machine_hold_schedule: Union[MachineHoldSchedule, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> MachineHoldSchedule:
        """Create a new machine hold schedule.

        Create a new machine hold schedule. The request body is a MachineHoldSchedule object."""
        return self.api_client.call(_CREATE_HOLD_SCHEDULE, (machine_hold_schedule,), _options).data

    @_validated
    def create_hold_schedule_with_http_info(
        self,
        machine_hold_schedule: Union[MachineHoldSchedule, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[MachineHoldSchedule]:
        """Like `create_hold_schedule`, with status code, headers and raw body too."""
        return self.api_client.call(_CREATE_HOLD_SCHEDULE, (machine_hold_schedule,), _options)

    @_validated
    def create_hold_schedule_without_preload_content(
        self,
        machine_hold_schedule: Union[MachineHoldSchedule, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `create_hold_schedule`, returning the HTTP response unread."""
        return self.api_client.call_raw(_CREATE_HOLD_SCHEDULE, (machine_hold_schedule,), _options)

    @_validated
    def delete_hold(self, hold_id: StrictInt, **_options: Unpack[RequestOptions]) -> None:
        """Delete an existing machine hold.

        Delete an existing machine hold.

        This can only be done by administrators and planners."""
        self.api_client.call(_DELETE_HOLD, (hold_id,), _options)

    @_validated
    def delete_hold_with_http_info(
        self, hold_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `delete_hold`, with status code, headers and raw body too."""
        return self.api_client.call(_DELETE_HOLD, (hold_id,), _options)

    @_validated
    def delete_hold_without_preload_content(
        self, hold_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `delete_hold`, returning the HTTP response unread."""
        return self.api_client.call_raw(_DELETE_HOLD, (hold_id,), _options)

    @_validated
    def delete_hold_schedule(
        self, schedule_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete an existing machine hold schedule.

        Delete an existing machine hold schedule."""
        self.api_client.call(_DELETE_HOLD_SCHEDULE, (schedule_id,), _options)

    @_validated
    def delete_hold_schedule_with_http_info(
        self, schedule_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `delete_hold_schedule`, with status code, headers and raw body too."""
        return self.api_client.call(_DELETE_HOLD_SCHEDULE, (schedule_id,), _options)

    @_validated
    def delete_hold_schedule_without_preload_content(
        self, schedule_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `delete_hold_schedule`, returning the HTTP response unread."""
        return self.api_client.call_raw(_DELETE_HOLD_SCHEDULE, (schedule_id,), _options)

    @_validated
    def get_hold(self, hold_id: StrictInt, **_options: Unpack[RequestOptions]) -> MachineHold:
        """Get details about a single machine hold.

        Get details about a single machine hold."""
        return self.api_client.call(_GET_HOLD, (hold_id,), _options).data

    @_validated
    def get_hold_with_http_info(
        self, hold_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[MachineHold]:
        """Like `get_hold`, with status code, headers and raw body too."""
        return self.api_client.call(_GET_HOLD, (hold_id,), _options)

    @_validated
    def get_hold_without_preload_content(
        self, hold_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `get_hold`, returning the HTTP response unread."""
        return self.api_client.call_raw(_GET_HOLD, (hold_id,), _options)

    @_validated
    def get_hold_schedule(
        self, schedule_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> MachineHoldSchedule:
        """Get details about a single machine hold schedule.

        Get details about a single machine hold schedule."""
        return self.api_client.call(_GET_HOLD_SCHEDULE, (schedule_id,), _options).data

    @_validated
    def get_hold_schedule_with_http_info(
        self, schedule_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[MachineHoldSchedule]:
        """Like `get_hold_schedule`, with status code, headers and raw body too."""
        return self.api_client.call(_GET_HOLD_SCHEDULE, (schedule_id,), _options)

    @_validated
    def get_hold_schedule_without_preload_content(
        self, schedule_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `get_hold_schedule`, returning the HTTP response unread."""
        return self.api_client.call_raw(_GET_HOLD_SCHEDULE, (schedule_id,), _options)

    @_validated
    def list_hold_schedules(
        self, **_options: Unpack[RequestOptions]
    ) -> dict[str, MachineHoldSchedule]:
        """Get all existing machine hold schedules.

        Get all existing machine hold schedules, as an object mapping MachineHoldSchedule ID to MachineHoldSchedule object.
        """
        return self.api_client.call(_LIST_HOLD_SCHEDULES, (), _options).data

    @_validated
    def list_hold_schedules_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[dict[str, MachineHoldSchedule]]:
        """Like `list_hold_schedules`, with status code, headers and raw body too."""
        return self.api_client.call(_LIST_HOLD_SCHEDULES, (), _options)

    @_validated
    def list_hold_schedules_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `list_hold_schedules`, returning the HTTP response unread."""
        return self.api_client.call_raw(_LIST_HOLD_SCHEDULES, (), _options)

    @_validated
    def list_holds(
        self,
        machine: Optional[list[StrictInt]] = None,
        user: Optional[list[StrictInt]] = None,
        end: Optional[Annotated[Literal[0, 1], ARGUMENT_ENUM]] = None,
        start_after: Optional[Union[StrictFloat, StrictInt]] = None,
        end_before: Optional[Union[StrictFloat, StrictInt]] = None,
        limit: Annotated[Optional[StrictInt], Limits(ge=0)] = None,
        offset: Annotated[Optional[StrictInt], Limits(ge=0)] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[MachineHold]:
        """Query across all holds.

        Query across all holds. Returns a list of MachineHold objects in chronological order by start timestamp.
        """
        return self.api_client.call(
            _LIST_HOLDS, (machine, user, end, start_after, end_before, limit, offset), _options
        ).data

    @_validated
    def list_holds_with_http_info(
        self,
        machine: Optional[list[StrictInt]] = None,
        user: Optional[list[StrictInt]] = None,
        end: Optional[Annotated[Literal[0, 1], ARGUMENT_ENUM]] = None,
        start_after: Optional[Union[StrictFloat, StrictInt]] = None,
        end_before: Optional[Union[StrictFloat, StrictInt]] = None,
        limit: Annotated[Optional[StrictInt], Limits(ge=0)] = None,
        offset: Annotated[Optional[StrictInt], Limits(ge=0)] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[MachineHold]]:
        """Like `list_holds`, with status code, headers and raw body too."""
        return self.api_client.call(
            _LIST_HOLDS, (machine, user, end, start_after, end_before, limit, offset), _options
        )

    @_validated
    def list_holds_without_preload_content(
        self,
        machine: Optional[list[StrictInt]] = None,
        user: Optional[list[StrictInt]] = None,
        end: Optional[Annotated[Literal[0, 1], ARGUMENT_ENUM]] = None,
        start_after: Optional[Union[StrictFloat, StrictInt]] = None,
        end_before: Optional[Union[StrictFloat, StrictInt]] = None,
        limit: Annotated[Optional[StrictInt], Limits(ge=0)] = None,
        offset: Annotated[Optional[StrictInt], Limits(ge=0)] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `list_holds`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _LIST_HOLDS, (machine, user, end, start_after, end_before, limit, offset), _options
        )

    @_validated
    def preview_hold_schedule(
        self,
        machine_hold_schedule_preview: Union[MachineHoldSchedulePreview, dict[str, Any]],
        count: Annotated[Optional[StrictInt], Limits(ge=1)] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[float]:
        """List the next few times when the provided schedule would run.

        List the next few times when the provided schedule would run. The request body should include at least the scheduling fields of a machine hold schedule, but if id is provided, the schedule will start from the timestamp of the last hold with that schedule ID.
        """
        return self.api_client.call(
            _PREVIEW_HOLD_SCHEDULE, (machine_hold_schedule_preview, count), _options
        ).data

    @_validated
    def preview_hold_schedule_with_http_info(
        self,
        machine_hold_schedule_preview: Union[MachineHoldSchedulePreview, dict[str, Any]],
        count: Annotated[Optional[StrictInt], Limits(ge=1)] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[float]]:
        """Like `preview_hold_schedule`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PREVIEW_HOLD_SCHEDULE, (machine_hold_schedule_preview, count), _options
        )

    @_validated
    def preview_hold_schedule_without_preload_content(
        self,
        machine_hold_schedule_preview: Union[MachineHoldSchedulePreview, dict[str, Any]],
        count: Annotated[Optional[StrictInt], Limits(ge=1)] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `preview_hold_schedule`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PREVIEW_HOLD_SCHEDULE, (machine_hold_schedule_preview, count), _options
        )

    @_validated
    def update_hold(
        self,
        hold_id: StrictInt,
        machine_hold_patch: Union[MachineHoldPatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> MachineHold:
        """Edit an existing machine hold.

        Edit an existing machine hold. The request body is a (partial) MachineHold object."""
        return self.api_client.call(_UPDATE_HOLD, (hold_id, machine_hold_patch), _options).data

    @_validated
    def update_hold_with_http_info(
        self,
        hold_id: StrictInt,
        machine_hold_patch: Union[MachineHoldPatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[MachineHold]:
        """Like `update_hold`, with status code, headers and raw body too."""
        return self.api_client.call(_UPDATE_HOLD, (hold_id, machine_hold_patch), _options)

    @_validated
    def update_hold_without_preload_content(
        self,
        hold_id: StrictInt,
        machine_hold_patch: Union[MachineHoldPatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `update_hold`, returning the HTTP response unread."""
        return self.api_client.call_raw(_UPDATE_HOLD, (hold_id, machine_hold_patch), _options)

    @_validated
    def update_hold_schedule(
        self,
        schedule_id: StrictInt,
        machine_hold_schedule_patch: Union[MachineHoldSchedulePatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> MachineHoldSchedule:
        """Edit an existing machine hold schedule.

        Edit an existing machine hold schedule. The request body is a (partial) MachineHoldSchedule object.
        """
        return self.api_client.call(
            _UPDATE_HOLD_SCHEDULE, (schedule_id, machine_hold_schedule_patch), _options
        ).data

    @_validated
    def update_hold_schedule_with_http_info(
        self,
        schedule_id: StrictInt,
        machine_hold_schedule_patch: Union[MachineHoldSchedulePatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[MachineHoldSchedule]:
        """Like `update_hold_schedule`, with status code, headers and raw body too."""
        return self.api_client.call(
            _UPDATE_HOLD_SCHEDULE, (schedule_id, machine_hold_schedule_patch), _options
        )

    @_validated
    def update_hold_schedule_without_preload_content(
        self,
        schedule_id: StrictInt,
        machine_hold_schedule_patch: Union[MachineHoldSchedulePatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `update_hold_schedule`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _UPDATE_HOLD_SCHEDULE, (schedule_id, machine_hold_schedule_patch), _options
        )


class AsyncMachineHoldsApi:
    """MachineHoldsApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def create_hold_schedule(
        self,
        machine_hold_schedule: Union[MachineHoldSchedule, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> MachineHoldSchedule:
        """Create a new machine hold schedule.

        Create a new machine hold schedule. The request body is a MachineHoldSchedule object."""
        response = await self.api_client.call(
            _CREATE_HOLD_SCHEDULE, (machine_hold_schedule,), _options
        )
        return response.data

    @_validated
    async def create_hold_schedule_with_http_info(
        self,
        machine_hold_schedule: Union[MachineHoldSchedule, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[MachineHoldSchedule]:
        """Like `create_hold_schedule`, with status code, headers and raw body too."""
        return await self.api_client.call(_CREATE_HOLD_SCHEDULE, (machine_hold_schedule,), _options)

    @_validated
    async def create_hold_schedule_without_preload_content(
        self,
        machine_hold_schedule: Union[MachineHoldSchedule, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `create_hold_schedule`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _CREATE_HOLD_SCHEDULE, (machine_hold_schedule,), _options
        )

    @_validated
    async def delete_hold(self, hold_id: StrictInt, **_options: Unpack[RequestOptions]) -> None:
        """Delete an existing machine hold.

        Delete an existing machine hold.

        This can only be done by administrators and planners."""
        await self.api_client.call(_DELETE_HOLD, (hold_id,), _options)

    @_validated
    async def delete_hold_with_http_info(
        self, hold_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `delete_hold`, with status code, headers and raw body too."""
        return await self.api_client.call(_DELETE_HOLD, (hold_id,), _options)

    @_validated
    async def delete_hold_without_preload_content(
        self, hold_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `delete_hold`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_DELETE_HOLD, (hold_id,), _options)

    @_validated
    async def delete_hold_schedule(
        self, schedule_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete an existing machine hold schedule.

        Delete an existing machine hold schedule."""
        await self.api_client.call(_DELETE_HOLD_SCHEDULE, (schedule_id,), _options)

    @_validated
    async def delete_hold_schedule_with_http_info(
        self, schedule_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `delete_hold_schedule`, with status code, headers and raw body too."""
        return await self.api_client.call(_DELETE_HOLD_SCHEDULE, (schedule_id,), _options)

    @_validated
    async def delete_hold_schedule_without_preload_content(
        self, schedule_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `delete_hold_schedule`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_DELETE_HOLD_SCHEDULE, (schedule_id,), _options)

    @_validated
    async def get_hold(self, hold_id: StrictInt, **_options: Unpack[RequestOptions]) -> MachineHold:
        """Get details about a single machine hold.

        Get details about a single machine hold."""
        response = await self.api_client.call(_GET_HOLD, (hold_id,), _options)
        return response.data

    @_validated
    async def get_hold_with_http_info(
        self, hold_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[MachineHold]:
        """Like `get_hold`, with status code, headers and raw body too."""
        return await self.api_client.call(_GET_HOLD, (hold_id,), _options)

    @_validated
    async def get_hold_without_preload_content(
        self, hold_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_hold`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_GET_HOLD, (hold_id,), _options)

    @_validated
    async def get_hold_schedule(
        self, schedule_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> MachineHoldSchedule:
        """Get details about a single machine hold schedule.

        Get details about a single machine hold schedule."""
        response = await self.api_client.call(_GET_HOLD_SCHEDULE, (schedule_id,), _options)
        return response.data

    @_validated
    async def get_hold_schedule_with_http_info(
        self, schedule_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[MachineHoldSchedule]:
        """Like `get_hold_schedule`, with status code, headers and raw body too."""
        return await self.api_client.call(_GET_HOLD_SCHEDULE, (schedule_id,), _options)

    @_validated
    async def get_hold_schedule_without_preload_content(
        self, schedule_id: StrictInt, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `get_hold_schedule`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_GET_HOLD_SCHEDULE, (schedule_id,), _options)

    @_validated
    async def list_hold_schedules(
        self, **_options: Unpack[RequestOptions]
    ) -> dict[str, MachineHoldSchedule]:
        """Get all existing machine hold schedules.

        Get all existing machine hold schedules, as an object mapping MachineHoldSchedule ID to MachineHoldSchedule object.
        """
        response = await self.api_client.call(_LIST_HOLD_SCHEDULES, (), _options)
        return response.data

    @_validated
    async def list_hold_schedules_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[dict[str, MachineHoldSchedule]]:
        """Like `list_hold_schedules`, with status code, headers and raw body too."""
        return await self.api_client.call(_LIST_HOLD_SCHEDULES, (), _options)

    @_validated
    async def list_hold_schedules_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `list_hold_schedules`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_LIST_HOLD_SCHEDULES, (), _options)

    @_validated
    async def list_holds(
        self,
        machine: Optional[list[StrictInt]] = None,
        user: Optional[list[StrictInt]] = None,
        end: Optional[Annotated[Literal[0, 1], ARGUMENT_ENUM]] = None,
        start_after: Optional[Union[StrictFloat, StrictInt]] = None,
        end_before: Optional[Union[StrictFloat, StrictInt]] = None,
        limit: Annotated[Optional[StrictInt], Limits(ge=0)] = None,
        offset: Annotated[Optional[StrictInt], Limits(ge=0)] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[MachineHold]:
        """Query across all holds.

        Query across all holds. Returns a list of MachineHold objects in chronological order by start timestamp.
        """
        response = await self.api_client.call(
            _LIST_HOLDS, (machine, user, end, start_after, end_before, limit, offset), _options
        )
        return response.data

    @_validated
    async def list_holds_with_http_info(
        self,
        machine: Optional[list[StrictInt]] = None,
        user: Optional[list[StrictInt]] = None,
        end: Optional[Annotated[Literal[0, 1], ARGUMENT_ENUM]] = None,
        start_after: Optional[Union[StrictFloat, StrictInt]] = None,
        end_before: Optional[Union[StrictFloat, StrictInt]] = None,
        limit: Annotated[Optional[StrictInt], Limits(ge=0)] = None,
        offset: Annotated[Optional[StrictInt], Limits(ge=0)] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[MachineHold]]:
        """Like `list_holds`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _LIST_HOLDS, (machine, user, end, start_after, end_before, limit, offset), _options
        )

    @_validated
    async def list_holds_without_preload_content(
        self,
        machine: Optional[list[StrictInt]] = None,
        user: Optional[list[StrictInt]] = None,
        end: Optional[Annotated[Literal[0, 1], ARGUMENT_ENUM]] = None,
        start_after: Optional[Union[StrictFloat, StrictInt]] = None,
        end_before: Optional[Union[StrictFloat, StrictInt]] = None,
        limit: Annotated[Optional[StrictInt], Limits(ge=0)] = None,
        offset: Annotated[Optional[StrictInt], Limits(ge=0)] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `list_holds`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _LIST_HOLDS, (machine, user, end, start_after, end_before, limit, offset), _options
        )

    @_validated
    async def preview_hold_schedule(
        self,
        machine_hold_schedule_preview: Union[MachineHoldSchedulePreview, dict[str, Any]],
        count: Annotated[Optional[StrictInt], Limits(ge=1)] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[float]:
        """List the next few times when the provided schedule would run.

        List the next few times when the provided schedule would run. The request body should include at least the scheduling fields of a machine hold schedule, but if id is provided, the schedule will start from the timestamp of the last hold with that schedule ID.
        """
        response = await self.api_client.call(
            _PREVIEW_HOLD_SCHEDULE, (machine_hold_schedule_preview, count), _options
        )
        return response.data

    @_validated
    async def preview_hold_schedule_with_http_info(
        self,
        machine_hold_schedule_preview: Union[MachineHoldSchedulePreview, dict[str, Any]],
        count: Annotated[Optional[StrictInt], Limits(ge=1)] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[float]]:
        """Like `preview_hold_schedule`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PREVIEW_HOLD_SCHEDULE, (machine_hold_schedule_preview, count), _options
        )

    @_validated
    async def preview_hold_schedule_without_preload_content(
        self,
        machine_hold_schedule_preview: Union[MachineHoldSchedulePreview, dict[str, Any]],
        count: Annotated[Optional[StrictInt], Limits(ge=1)] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `preview_hold_schedule`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PREVIEW_HOLD_SCHEDULE, (machine_hold_schedule_preview, count), _options
        )

    @_validated
    async def update_hold(
        self,
        hold_id: StrictInt,
        machine_hold_patch: Union[MachineHoldPatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> MachineHold:
        """Edit an existing machine hold.

        Edit an existing machine hold. The request body is a (partial) MachineHold object."""
        response = await self.api_client.call(_UPDATE_HOLD, (hold_id, machine_hold_patch), _options)
        return response.data

    @_validated
    async def update_hold_with_http_info(
        self,
        hold_id: StrictInt,
        machine_hold_patch: Union[MachineHoldPatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[MachineHold]:
        """Like `update_hold`, with status code, headers and raw body too."""
        return await self.api_client.call(_UPDATE_HOLD, (hold_id, machine_hold_patch), _options)

    @_validated
    async def update_hold_without_preload_content(
        self,
        hold_id: StrictInt,
        machine_hold_patch: Union[MachineHoldPatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `update_hold`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_UPDATE_HOLD, (hold_id, machine_hold_patch), _options)

    @_validated
    async def update_hold_schedule(
        self,
        schedule_id: StrictInt,
        machine_hold_schedule_patch: Union[MachineHoldSchedulePatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> MachineHoldSchedule:
        """Edit an existing machine hold schedule.

        Edit an existing machine hold schedule. The request body is a (partial) MachineHoldSchedule object.
        """
        response = await self.api_client.call(
            _UPDATE_HOLD_SCHEDULE, (schedule_id, machine_hold_schedule_patch), _options
        )
        return response.data

    @_validated
    async def update_hold_schedule_with_http_info(
        self,
        schedule_id: StrictInt,
        machine_hold_schedule_patch: Union[MachineHoldSchedulePatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[MachineHoldSchedule]:
        """Like `update_hold_schedule`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _UPDATE_HOLD_SCHEDULE, (schedule_id, machine_hold_schedule_patch), _options
        )

    @_validated
    async def update_hold_schedule_without_preload_content(
        self,
        schedule_id: StrictInt,
        machine_hold_schedule_patch: Union[MachineHoldSchedulePatch, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `update_hold_schedule`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _UPDATE_HOLD_SCHEDULE, (schedule_id, machine_hold_schedule_patch), _options
        )
