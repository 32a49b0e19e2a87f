"""UbiOps: a typed Python client.

Names are imported on first use (PEP 562), so `import ubiops` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "2.1.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "ubiops.api_client",
    "ApiResponse": "ubiops.api_response",
    "AsyncApiClient": "ubiops.async_api_client",
    "Configuration": "ubiops.configuration",
    "ApiAttributeError": "ubiops.exceptions",
    "ApiDecodeError": "ubiops.exceptions",
    "ApiException": "ubiops.exceptions",
    "ApiKeyError": "ubiops.exceptions",
    "ApiTypeError": "ubiops.exceptions",
    "ApiValueError": "ubiops.exceptions",
    "OpenApiException": "ubiops.exceptions",
    "ApiResponseTooLarge": "ubiops.exceptions",
    "BadRequestException": "ubiops.exceptions",
    "UnauthorizedException": "ubiops.exceptions",
    "ForbiddenException": "ubiops.exceptions",
    "NotFoundException": "ubiops.exceptions",
    "ConflictException": "ubiops.exceptions",
    "UnprocessableEntityException": "ubiops.exceptions",
    "ServiceException": "ubiops.exceptions",
    "ServerSentEvent": "ubiops._stream",
    "Stream": "ubiops._stream",
    "AsyncStream": "ubiops._stream",
    "Pages": "ubiops._pages",
    "AsyncPages": "ubiops._pages",
    "CoreApi": "ubiops.api.core_api",
    "AsyncCoreApi": "ubiops.api.core_api",
    "AttachmentFieldsCreate": "ubiops.models.attachment_fields_create",
    "AttachmentFieldsList": "ubiops.models.attachment_fields_list",
    "Attachments": "ubiops.models.attachments",
    "AttachmentsCreate": "ubiops.models.attachments_create",
    "AttachmentsList": "ubiops.models.attachments_list",
    "BatchModelRequestCreateResponse": "ubiops.models.batch_model_request_create_response",
    "BatchModelRequestListResponse": "ubiops.models.batch_model_request_list_response",
    "BatchModelRequestResultList": "ubiops.models.batch_model_request_result_list",
    "BatchPipelineRequestCreateResponse": "ubiops.models.batch_pipeline_request_create_response",
    "BatchPipelineRequestListResponse": "ubiops.models.batch_pipeline_request_list_response",
    "BatchPipelineRequestModelRequest": "ubiops.models.batch_pipeline_request_model_request",
    "BatchPipelineRequestResultList": "ubiops.models.batch_pipeline_request_result_list",
    "BlobList": "ubiops.models.blob_list",
    "BlobUpload": "ubiops.models.blob_upload",
    "ConfigurationList": "ubiops.models.configuration_list",
    "ConnectorCreate": "ubiops.models.connector_create",
    "ConnectorFieldCreate": "ubiops.models.connector_field_create",
    "ConnectorFieldList": "ubiops.models.connector_field_list",
    "ConnectorList": "ubiops.models.connector_list",
    "ConnectorUpdate": "ubiops.models.connector_update",
    "CredentialsCreate": "ubiops.models.credentials_create",
    "CredentialsList": "ubiops.models.credentials_list",
    "CredentialsListWithConfig": "ubiops.models.credentials_list_with_config",
    "CredentialsUpdate": "ubiops.models.credentials_update",
    "EnvironmentVariableCreate": "ubiops.models.environment_variable_create",
    "EnvironmentVariableList": "ubiops.models.environment_variable_list",
    "InheritedEnvironmentVariableList": "ubiops.models.inherited_environment_variable_list",
    "Logs": "ubiops.models.logs",
    "LogsCreate": "ubiops.models.logs_create",
    "Metrics": "ubiops.models.metrics",
    "ModelCreate": "ubiops.models.model_create",
    "ModelInputFieldCreate": "ubiops.models.model_input_field_create",
    "ModelInputFieldList": "ubiops.models.model_input_field_list",
    "ModelList": "ubiops.models.model_list",
    "ModelOutputFieldCreate": "ubiops.models.model_output_field_create",
    "ModelOutputFieldList": "ubiops.models.model_output_field_list",
    "ModelRequestCreate": "ubiops.models.model_request_create",
    "ModelRequestList": "ubiops.models.model_request_list",
    "ModelUpdate": "ubiops.models.model_update",
    "ModelVersionCreate": "ubiops.models.model_version_create",
    "ModelVersionFileUpload": "ubiops.models.model_version_file_upload",
    "ModelVersionList": "ubiops.models.model_version_list",
    "OrganizationCreate": "ubiops.models.organization_create",
    "OrganizationDetail": "ubiops.models.organization_detail",
    "OrganizationList": "ubiops.models.organization_list",
    "OrganizationSubscriptionList": "ubiops.models.organization_subscription_list",
    "OrganizationUpdate": "ubiops.models.organization_update",
    "OrganizationUserCreate": "ubiops.models.organization_user_create",
    "OrganizationUserDetail": "ubiops.models.organization_user_detail",
    "OrganizationUserUpdate": "ubiops.models.organization_user_update",
    "PermissionList": "ubiops.models.permission_list",
    "PipelineCreate": "ubiops.models.pipeline_create",
    "PipelineInputFieldCreate": "ubiops.models.pipeline_input_field_create",
    "PipelineInputFieldList": "ubiops.models.pipeline_input_field_list",
    "PipelineList": "ubiops.models.pipeline_list",
    "PipelineObjectCreate": "ubiops.models.pipeline_object_create",
    "PipelineObjectList": "ubiops.models.pipeline_object_list",
    "PipelineObjectUpdate": "ubiops.models.pipeline_object_update",
    "PipelineRequestCreate": "ubiops.models.pipeline_request_create",
    "PipelineRequestList": "ubiops.models.pipeline_request_list",
    "PipelineRequestModelRequest": "ubiops.models.pipeline_request_model_request",
    "ProjectCreate": "ubiops.models.project_create",
    "ProjectList": "ubiops.models.project_list",
    "ProjectResourceUsage": "ubiops.models.project_resource_usage",
    "ProjectUpdate": "ubiops.models.project_update",
    "ResourceUsage": "ubiops.models.resource_usage",
    "RoleAssignmentCreate": "ubiops.models.role_assignment_create",
    "RoleAssignmentList": "ubiops.models.role_assignment_list",
    "RoleCreate": "ubiops.models.role_create",
    "RoleDetailList": "ubiops.models.role_detail_list",
    "RoleList": "ubiops.models.role_list",
    "RoleUpdate": "ubiops.models.role_update",
    "ScheduleCreate": "ubiops.models.schedule_create",
    "ScheduleList": "ubiops.models.schedule_list",
    "ScheduleUpdate": "ubiops.models.schedule_update",
    "ServiceUserCreate": "ubiops.models.service_user_create",
    "ServiceUserDetail": "ubiops.models.service_user_detail",
    "ServiceUserList": "ubiops.models.service_user_list",
    "ServiceUserTokenList": "ubiops.models.service_user_token_list",
    "Status": "ubiops.models.status",
    "SubscriptionCreate": "ubiops.models.subscription_create",
    "SubscriptionDetail": "ubiops.models.subscription_detail",
    "SubscriptionList": "ubiops.models.subscription_list",
    "SubscriptionUpdate": "ubiops.models.subscription_update",
    "Success": "ubiops.models.success",
    "UsagePerDay": "ubiops.models.usage_per_day",
    "UsagePerDayMetric": "ubiops.models.usage_per_day_metric",
    "UsagePerMonth": "ubiops.models.usage_per_month",
    "UsagePerMonthMetric": "ubiops.models.usage_per_month_metric",
    "UserDetail": "ubiops.models.user_detail",
    "UserPendingCreate": "ubiops.models.user_pending_create",
    "UserPendingDetail": "ubiops.models.user_pending_detail",
    "UserUpdate": "ubiops.models.user_update",
}

__all__ = [
    "ApiAttributeError",
    "ApiClient",
    "ApiDecodeError",
    "ApiException",
    "ApiKeyError",
    "ApiResponse",
    "ApiResponseTooLarge",
    "ApiTypeError",
    "ApiValueError",
    "AsyncApiClient",
    "AsyncCoreApi",
    "AsyncPages",
    "AsyncStream",
    "AttachmentFieldsCreate",
    "AttachmentFieldsList",
    "Attachments",
    "AttachmentsCreate",
    "AttachmentsList",
    "BadRequestException",
    "BatchModelRequestCreateResponse",
    "BatchModelRequestListResponse",
    "BatchModelRequestResultList",
    "BatchPipelineRequestCreateResponse",
    "BatchPipelineRequestListResponse",
    "BatchPipelineRequestModelRequest",
    "BatchPipelineRequestResultList",
    "BlobList",
    "BlobUpload",
    "Configuration",
    "ConfigurationList",
    "ConflictException",
    "ConnectorCreate",
    "ConnectorFieldCreate",
    "ConnectorFieldList",
    "ConnectorList",
    "ConnectorUpdate",
    "CoreApi",
    "CredentialsCreate",
    "CredentialsList",
    "CredentialsListWithConfig",
    "CredentialsUpdate",
    "EnvironmentVariableCreate",
    "EnvironmentVariableList",
    "ForbiddenException",
    "InheritedEnvironmentVariableList",
    "Logs",
    "LogsCreate",
    "Metrics",
    "ModelCreate",
    "ModelInputFieldCreate",
    "ModelInputFieldList",
    "ModelList",
    "ModelOutputFieldCreate",
    "ModelOutputFieldList",
    "ModelRequestCreate",
    "ModelRequestList",
    "ModelUpdate",
    "ModelVersionCreate",
    "ModelVersionFileUpload",
    "ModelVersionList",
    "NotFoundException",
    "OpenApiException",
    "OrganizationCreate",
    "OrganizationDetail",
    "OrganizationList",
    "OrganizationSubscriptionList",
    "OrganizationUpdate",
    "OrganizationUserCreate",
    "OrganizationUserDetail",
    "OrganizationUserUpdate",
    "Pages",
    "PermissionList",
    "PipelineCreate",
    "PipelineInputFieldCreate",
    "PipelineInputFieldList",
    "PipelineList",
    "PipelineObjectCreate",
    "PipelineObjectList",
    "PipelineObjectUpdate",
    "PipelineRequestCreate",
    "PipelineRequestList",
    "PipelineRequestModelRequest",
    "ProjectCreate",
    "ProjectList",
    "ProjectResourceUsage",
    "ProjectUpdate",
    "ResourceUsage",
    "RoleAssignmentCreate",
    "RoleAssignmentList",
    "RoleCreate",
    "RoleDetailList",
    "RoleList",
    "RoleUpdate",
    "ScheduleCreate",
    "ScheduleList",
    "ScheduleUpdate",
    "ServerSentEvent",
    "ServiceException",
    "ServiceUserCreate",
    "ServiceUserDetail",
    "ServiceUserList",
    "ServiceUserTokenList",
    "Status",
    "Stream",
    "SubscriptionCreate",
    "SubscriptionDetail",
    "SubscriptionList",
    "SubscriptionUpdate",
    "Success",
    "UnauthorizedException",
    "UnprocessableEntityException",
    "UsagePerDay",
    "UsagePerDayMetric",
    "UsagePerMonth",
    "UsagePerMonthMetric",
    "UserDetail",
    "UserPendingCreate",
    "UserPendingDetail",
    "UserUpdate",
]


def __getattr__(name: str) -> _Any:
    module = _EXPORTS.get(name)
    if module is None:
        try:  # a module of the package (`models.pet`), as `import` would give it
            return _import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(_import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if _TYPE_CHECKING:
    from ubiops._pages import AsyncPages as AsyncPages
    from ubiops._pages import Pages as Pages
    from ubiops._stream import AsyncStream as AsyncStream
    from ubiops._stream import ServerSentEvent as ServerSentEvent
    from ubiops._stream import Stream as Stream
    from ubiops.api.core_api import AsyncCoreApi as AsyncCoreApi
    from ubiops.api.core_api import CoreApi as CoreApi
    from ubiops.api_client import ApiClient as ApiClient
    from ubiops.api_response import ApiResponse as ApiResponse
    from ubiops.async_api_client import AsyncApiClient as AsyncApiClient
    from ubiops.configuration import Configuration as Configuration
    from ubiops.exceptions import ApiAttributeError as ApiAttributeError
    from ubiops.exceptions import ApiDecodeError as ApiDecodeError
    from ubiops.exceptions import ApiException as ApiException
    from ubiops.exceptions import ApiKeyError as ApiKeyError
    from ubiops.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from ubiops.exceptions import ApiTypeError as ApiTypeError
    from ubiops.exceptions import ApiValueError as ApiValueError
    from ubiops.exceptions import BadRequestException as BadRequestException
    from ubiops.exceptions import ConflictException as ConflictException
    from ubiops.exceptions import ForbiddenException as ForbiddenException
    from ubiops.exceptions import NotFoundException as NotFoundException
    from ubiops.exceptions import OpenApiException as OpenApiException
    from ubiops.exceptions import ServiceException as ServiceException
    from ubiops.exceptions import UnauthorizedException as UnauthorizedException
    from ubiops.exceptions import UnprocessableEntityException as UnprocessableEntityException
    from ubiops.models.attachment_fields_create import (
        AttachmentFieldsCreate as AttachmentFieldsCreate,
    )
    from ubiops.models.attachment_fields_list import AttachmentFieldsList as AttachmentFieldsList
    from ubiops.models.attachments import Attachments as Attachments
    from ubiops.models.attachments_create import AttachmentsCreate as AttachmentsCreate
    from ubiops.models.attachments_list import AttachmentsList as AttachmentsList
    from ubiops.models.batch_model_request_create_response import (
        BatchModelRequestCreateResponse as BatchModelRequestCreateResponse,
    )
    from ubiops.models.batch_model_request_list_response import (
        BatchModelRequestListResponse as BatchModelRequestListResponse,
    )
    from ubiops.models.batch_model_request_result_list import (
        BatchModelRequestResultList as BatchModelRequestResultList,
    )
    from ubiops.models.batch_pipeline_request_create_response import (
        BatchPipelineRequestCreateResponse as BatchPipelineRequestCreateResponse,
    )
    from ubiops.models.batch_pipeline_request_list_response import (
        BatchPipelineRequestListResponse as BatchPipelineRequestListResponse,
    )
    from ubiops.models.batch_pipeline_request_model_request import (
        BatchPipelineRequestModelRequest as BatchPipelineRequestModelRequest,
    )
    from ubiops.models.batch_pipeline_request_result_list import (
        BatchPipelineRequestResultList as BatchPipelineRequestResultList,
    )
    from ubiops.models.blob_list import BlobList as BlobList
    from ubiops.models.blob_upload import BlobUpload as BlobUpload
    from ubiops.models.configuration_list import ConfigurationList as ConfigurationList
    from ubiops.models.connector_create import ConnectorCreate as ConnectorCreate
    from ubiops.models.connector_field_create import ConnectorFieldCreate as ConnectorFieldCreate
    from ubiops.models.connector_field_list import ConnectorFieldList as ConnectorFieldList
    from ubiops.models.connector_list import ConnectorList as ConnectorList
    from ubiops.models.connector_update import ConnectorUpdate as ConnectorUpdate
    from ubiops.models.credentials_create import CredentialsCreate as CredentialsCreate
    from ubiops.models.credentials_list import CredentialsList as CredentialsList
    from ubiops.models.credentials_list_with_config import (
        CredentialsListWithConfig as CredentialsListWithConfig,
    )
    from ubiops.models.credentials_update import CredentialsUpdate as CredentialsUpdate
    from ubiops.models.environment_variable_create import (
        EnvironmentVariableCreate as EnvironmentVariableCreate,
    )
    from ubiops.models.environment_variable_list import (
        EnvironmentVariableList as EnvironmentVariableList,
    )
    from ubiops.models.inherited_environment_variable_list import (
        InheritedEnvironmentVariableList as InheritedEnvironmentVariableList,
    )
    from ubiops.models.logs import Logs as Logs
    from ubiops.models.logs_create import LogsCreate as LogsCreate
    from ubiops.models.metrics import Metrics as Metrics
    from ubiops.models.model_create import ModelCreate as ModelCreate
    from ubiops.models.model_input_field_create import (
        ModelInputFieldCreate as ModelInputFieldCreate,
    )
    from ubiops.models.model_input_field_list import ModelInputFieldList as ModelInputFieldList
    from ubiops.models.model_list import ModelList as ModelList
    from ubiops.models.model_output_field_create import (
        ModelOutputFieldCreate as ModelOutputFieldCreate,
    )
    from ubiops.models.model_output_field_list import ModelOutputFieldList as ModelOutputFieldList
    from ubiops.models.model_request_create import ModelRequestCreate as ModelRequestCreate
    from ubiops.models.model_request_list import ModelRequestList as ModelRequestList
    from ubiops.models.model_update import ModelUpdate as ModelUpdate
    from ubiops.models.model_version_create import ModelVersionCreate as ModelVersionCreate
    from ubiops.models.model_version_file_upload import (
        ModelVersionFileUpload as ModelVersionFileUpload,
    )
    from ubiops.models.model_version_list import ModelVersionList as ModelVersionList
    from ubiops.models.organization_create import OrganizationCreate as OrganizationCreate
    from ubiops.models.organization_detail import OrganizationDetail as OrganizationDetail
    from ubiops.models.organization_list import OrganizationList as OrganizationList
    from ubiops.models.organization_subscription_list import (
        OrganizationSubscriptionList as OrganizationSubscriptionList,
    )
    from ubiops.models.organization_update import OrganizationUpdate as OrganizationUpdate
    from ubiops.models.organization_user_create import (
        OrganizationUserCreate as OrganizationUserCreate,
    )
    from ubiops.models.organization_user_detail import (
        OrganizationUserDetail as OrganizationUserDetail,
    )
    from ubiops.models.organization_user_update import (
        OrganizationUserUpdate as OrganizationUserUpdate,
    )
    from ubiops.models.permission_list import PermissionList as PermissionList
    from ubiops.models.pipeline_create import PipelineCreate as PipelineCreate
    from ubiops.models.pipeline_input_field_create import (
        PipelineInputFieldCreate as PipelineInputFieldCreate,
    )
    from ubiops.models.pipeline_input_field_list import (
        PipelineInputFieldList as PipelineInputFieldList,
    )
    from ubiops.models.pipeline_list import PipelineList as PipelineList
    from ubiops.models.pipeline_object_create import PipelineObjectCreate as PipelineObjectCreate
    from ubiops.models.pipeline_object_list import PipelineObjectList as PipelineObjectList
    from ubiops.models.pipeline_object_update import PipelineObjectUpdate as PipelineObjectUpdate
    from ubiops.models.pipeline_request_create import PipelineRequestCreate as PipelineRequestCreate
    from ubiops.models.pipeline_request_list import PipelineRequestList as PipelineRequestList
    from ubiops.models.pipeline_request_model_request import (
        PipelineRequestModelRequest as PipelineRequestModelRequest,
    )
    from ubiops.models.project_create import ProjectCreate as ProjectCreate
    from ubiops.models.project_list import ProjectList as ProjectList
    from ubiops.models.project_resource_usage import ProjectResourceUsage as ProjectResourceUsage
    from ubiops.models.project_update import ProjectUpdate as ProjectUpdate
    from ubiops.models.resource_usage import ResourceUsage as ResourceUsage
    from ubiops.models.role_assignment_create import RoleAssignmentCreate as RoleAssignmentCreate
    from ubiops.models.role_assignment_list import RoleAssignmentList as RoleAssignmentList
    from ubiops.models.role_create import RoleCreate as RoleCreate
    from ubiops.models.role_detail_list import RoleDetailList as RoleDetailList
    from ubiops.models.role_list import RoleList as RoleList
    from ubiops.models.role_update import RoleUpdate as RoleUpdate
    from ubiops.models.schedule_create import ScheduleCreate as ScheduleCreate
    from ubiops.models.schedule_list import ScheduleList as ScheduleList
    from ubiops.models.schedule_update import ScheduleUpdate as ScheduleUpdate
    from ubiops.models.service_user_create import ServiceUserCreate as ServiceUserCreate
    from ubiops.models.service_user_detail import ServiceUserDetail as ServiceUserDetail
    from ubiops.models.service_user_list import ServiceUserList as ServiceUserList
    from ubiops.models.service_user_token_list import ServiceUserTokenList as ServiceUserTokenList
    from ubiops.models.status import Status as Status
    from ubiops.models.subscription_create import SubscriptionCreate as SubscriptionCreate
    from ubiops.models.subscription_detail import SubscriptionDetail as SubscriptionDetail
    from ubiops.models.subscription_list import SubscriptionList as SubscriptionList
    from ubiops.models.subscription_update import SubscriptionUpdate as SubscriptionUpdate
    from ubiops.models.success import Success as Success
    from ubiops.models.usage_per_day import UsagePerDay as UsagePerDay
    from ubiops.models.usage_per_day_metric import UsagePerDayMetric as UsagePerDayMetric
    from ubiops.models.usage_per_month import UsagePerMonth as UsagePerMonth
    from ubiops.models.usage_per_month_metric import UsagePerMonthMetric as UsagePerMonthMetric
    from ubiops.models.user_detail import UserDetail as UserDetail
    from ubiops.models.user_pending_create import UserPendingCreate as UserPendingCreate
    from ubiops.models.user_pending_detail import UserPendingDetail as UserPendingDetail
    from ubiops.models.user_update import UserUpdate as UserUpdate
