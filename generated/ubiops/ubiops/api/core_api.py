"""CoreApi: the operations tagged "Core" of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union

from pydantic import StrictBool, StrictInt, StrictStr

from ubiops._operation import Operation, Param
from ubiops._types import DictOf, ListOf, Ref
from ubiops._validate import validation
from ubiops.api_client import ApiClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from ubiops._request import FileInput
    from ubiops.api_client import RequestOptions
    from ubiops.api_response import ApiResponse
    from ubiops.async_api_client import AsyncApiClient
    from ubiops.models.attachments import Attachments
    from ubiops.models.attachments_create import AttachmentsCreate
    from ubiops.models.attachments_list import AttachmentsList
    from ubiops.models.batch_model_request_create_response import BatchModelRequestCreateResponse
    from ubiops.models.batch_model_request_list_response import BatchModelRequestListResponse
    from ubiops.models.batch_model_request_result_list import BatchModelRequestResultList
    from ubiops.models.batch_pipeline_request_create_response import (
        BatchPipelineRequestCreateResponse,
    )
    from ubiops.models.batch_pipeline_request_list_response import BatchPipelineRequestListResponse
    from ubiops.models.batch_pipeline_request_result_list import BatchPipelineRequestResultList
    from ubiops.models.blob_list import BlobList
    from ubiops.models.blob_upload import BlobUpload
    from ubiops.models.configuration_list import ConfigurationList
    from ubiops.models.connector_create import ConnectorCreate
    from ubiops.models.connector_list import ConnectorList
    from ubiops.models.connector_update import ConnectorUpdate
    from ubiops.models.credentials_create import CredentialsCreate
    from ubiops.models.credentials_list import CredentialsList
    from ubiops.models.credentials_list_with_config import CredentialsListWithConfig
    from ubiops.models.credentials_update import CredentialsUpdate
    from ubiops.models.environment_variable_create import EnvironmentVariableCreate
    from ubiops.models.environment_variable_list import EnvironmentVariableList
    from ubiops.models.inherited_environment_variable_list import InheritedEnvironmentVariableList
    from ubiops.models.logs import Logs
    from ubiops.models.logs_create import LogsCreate
    from ubiops.models.metrics import Metrics
    from ubiops.models.model_create import ModelCreate
    from ubiops.models.model_list import ModelList
    from ubiops.models.model_request_create import ModelRequestCreate
    from ubiops.models.model_request_list import ModelRequestList
    from ubiops.models.model_update import ModelUpdate
    from ubiops.models.model_version_create import ModelVersionCreate
    from ubiops.models.model_version_file_upload import ModelVersionFileUpload
    from ubiops.models.model_version_list import ModelVersionList
    from ubiops.models.organization_create import OrganizationCreate
    from ubiops.models.organization_detail import OrganizationDetail
    from ubiops.models.organization_list import OrganizationList
    from ubiops.models.organization_subscription_list import OrganizationSubscriptionList
    from ubiops.models.organization_update import OrganizationUpdate
    from ubiops.models.organization_user_create import OrganizationUserCreate
    from ubiops.models.organization_user_detail import OrganizationUserDetail
    from ubiops.models.organization_user_update import OrganizationUserUpdate
    from ubiops.models.permission_list import PermissionList
    from ubiops.models.pipeline_create import PipelineCreate
    from ubiops.models.pipeline_list import PipelineList
    from ubiops.models.pipeline_object_create import PipelineObjectCreate
    from ubiops.models.pipeline_object_list import PipelineObjectList
    from ubiops.models.pipeline_object_update import PipelineObjectUpdate
    from ubiops.models.pipeline_request_create import PipelineRequestCreate
    from ubiops.models.pipeline_request_list import PipelineRequestList
    from ubiops.models.project_create import ProjectCreate
    from ubiops.models.project_list import ProjectList
    from ubiops.models.project_resource_usage import ProjectResourceUsage
    from ubiops.models.project_update import ProjectUpdate
    from ubiops.models.resource_usage import ResourceUsage
    from ubiops.models.role_assignment_create import RoleAssignmentCreate
    from ubiops.models.role_assignment_list import RoleAssignmentList
    from ubiops.models.role_create import RoleCreate
    from ubiops.models.role_detail_list import RoleDetailList
    from ubiops.models.role_list import RoleList
    from ubiops.models.role_update import RoleUpdate
    from ubiops.models.schedule_create import ScheduleCreate
    from ubiops.models.schedule_list import ScheduleList
    from ubiops.models.schedule_update import ScheduleUpdate
    from ubiops.models.service_user_create import ServiceUserCreate
    from ubiops.models.service_user_detail import ServiceUserDetail
    from ubiops.models.service_user_list import ServiceUserList
    from ubiops.models.service_user_token_list import ServiceUserTokenList
    from ubiops.models.status import Status
    from ubiops.models.subscription_create import SubscriptionCreate
    from ubiops.models.subscription_detail import SubscriptionDetail
    from ubiops.models.subscription_list import SubscriptionList
    from ubiops.models.subscription_update import SubscriptionUpdate
    from ubiops.models.success import Success
    from ubiops.models.usage_per_day import UsagePerDay
    from ubiops.models.usage_per_month import UsagePerMonth
    from ubiops.models.user_detail import UserDetail
    from ubiops.models.user_pending_create import UserPendingCreate
    from ubiops.models.user_pending_detail import UserPendingDetail
    from ubiops.models.user_update import UserUpdate
    from ubiops.rest import RESTResponseType

_validated = validation(
    {
        "AttachmentsCreate": ("ubiops.models.attachments_create", "AttachmentsCreate"),
        "ConnectorCreate": ("ubiops.models.connector_create", "ConnectorCreate"),
        "ConnectorUpdate": ("ubiops.models.connector_update", "ConnectorUpdate"),
        "CredentialsCreate": ("ubiops.models.credentials_create", "CredentialsCreate"),
        "CredentialsUpdate": ("ubiops.models.credentials_update", "CredentialsUpdate"),
        "EnvironmentVariableCreate": (
            "ubiops.models.environment_variable_create",
            "EnvironmentVariableCreate",
        ),
        "FileInput": ("ubiops._request", "FileInput"),
        "LogsCreate": ("ubiops.models.logs_create", "LogsCreate"),
        "ModelCreate": ("ubiops.models.model_create", "ModelCreate"),
        "ModelRequestCreate": ("ubiops.models.model_request_create", "ModelRequestCreate"),
        "ModelUpdate": ("ubiops.models.model_update", "ModelUpdate"),
        "ModelVersionCreate": ("ubiops.models.model_version_create", "ModelVersionCreate"),
        "OrganizationCreate": ("ubiops.models.organization_create", "OrganizationCreate"),
        "OrganizationUpdate": ("ubiops.models.organization_update", "OrganizationUpdate"),
        "OrganizationUserCreate": (
            "ubiops.models.organization_user_create",
            "OrganizationUserCreate",
        ),
        "OrganizationUserUpdate": (
            "ubiops.models.organization_user_update",
            "OrganizationUserUpdate",
        ),
        "PipelineCreate": ("ubiops.models.pipeline_create", "PipelineCreate"),
        "PipelineObjectCreate": ("ubiops.models.pipeline_object_create", "PipelineObjectCreate"),
        "PipelineObjectUpdate": ("ubiops.models.pipeline_object_update", "PipelineObjectUpdate"),
        "PipelineRequestCreate": ("ubiops.models.pipeline_request_create", "PipelineRequestCreate"),
        "ProjectCreate": ("ubiops.models.project_create", "ProjectCreate"),
        "ProjectUpdate": ("ubiops.models.project_update", "ProjectUpdate"),
        "RequestOptions": ("ubiops.api_client", "RequestOptions"),
        "RoleAssignmentCreate": ("ubiops.models.role_assignment_create", "RoleAssignmentCreate"),
        "RoleCreate": ("ubiops.models.role_create", "RoleCreate"),
        "RoleUpdate": ("ubiops.models.role_update", "RoleUpdate"),
        "ScheduleCreate": ("ubiops.models.schedule_create", "ScheduleCreate"),
        "ScheduleUpdate": ("ubiops.models.schedule_update", "ScheduleUpdate"),
        "ServiceUserCreate": ("ubiops.models.service_user_create", "ServiceUserCreate"),
        "SubscriptionCreate": ("ubiops.models.subscription_create", "SubscriptionCreate"),
        "SubscriptionUpdate": ("ubiops.models.subscription_update", "SubscriptionUpdate"),
        "Unpack": ("typing_extensions", "Unpack"),
        "UserPendingCreate": ("ubiops.models.user_pending_create", "UserPendingCreate"),
        "UserUpdate": ("ubiops.models.user_update", "UserUpdate"),
    }
)

_BATCH_MODEL_REQUESTS_BATCH_COLLECT: Operation[list[BatchModelRequestResultList]] = Operation(
    "POST",
    "/projects/{project_name}/models/{model_name}/versions/{version}/request-batch-collect",
    params=(
        Param("project_name", "path"),
        Param("model_name", "path"),
        Param("version", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("batch_model_request_result_list", "BatchModelRequestResultList"))},
    auth=("api_key",),
)

_BATCH_MODEL_REQUESTS_BATCH_DELETE: Operation[dict[str, Any]] = Operation(
    "POST",
    "/projects/{project_name}/models/{model_name}/versions/{version}/request-batch-delete",
    params=(
        Param("project_name", "path"),
        Param("model_name", "path"),
        Param("version", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": DictOf(object)},
    auth=("api_key",),
)

_BATCH_MODEL_REQUESTS_CREATE: Operation[list[BatchModelRequestCreateResponse]] = Operation(
    "POST",
    "/projects/{project_name}/models/{model_name}/versions/{version}/request-batch",
    params=(
        Param("project_name", "path"),
        Param("model_name", "path"),
        Param("version", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json", "text/plain"),
    accepts=("application/json",),
    returns={
        "200": ListOf(
            Ref("batch_model_request_create_response", "BatchModelRequestCreateResponse")
        ),
    },
    auth=("api_key",),
)

_BATCH_MODEL_REQUESTS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/models/{model_name}/versions/{version}/request-batch/{request_id}",
    params=(
        Param("project_name", "path"),
        Param("model_name", "path"),
        Param("request_id", "path"),
        Param("version", "path"),
    ),
    auth=("api_key",),
)

_BATCH_MODEL_REQUESTS_GET: Operation[BatchModelRequestResultList] = Operation(
    "GET",
    "/projects/{project_name}/models/{model_name}/versions/{version}/request-batch/{request_id}",
    params=(
        Param("project_name", "path"),
        Param("model_name", "path"),
        Param("request_id", "path"),
        Param("version", "path"),
    ),
    accepts=("application/json",),
    returns={"200": Ref("batch_model_request_result_list", "BatchModelRequestResultList")},
    auth=("api_key",),
)

_BATCH_MODEL_REQUESTS_LIST: Operation[list[BatchModelRequestListResponse]] = Operation(
    "GET",
    "/projects/{project_name}/models/{model_name}/versions/{version}/request-batch",
    params=(
        Param("project_name", "path"),
        Param("model_name", "path"),
        Param("version", "path"),
        Param("status", "query"),
        Param("success", "query"),
        Param("limit", "query"),
        Param("offset", "query"),
        Param("sort", "query"),
    ),
    accepts=("application/json",),
    returns={
        "200": ListOf(Ref("batch_model_request_list_response", "BatchModelRequestListResponse")),
    },
    auth=("api_key",),
)

_BATCH_PIPELINE_REQUEST_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/pipelines/{pipeline_name}/request-batch/{pipeline_request_id}",
    params=(
        Param("project_name", "path"),
        Param("pipeline_name", "path"),
        Param("pipeline_request_id", "path"),
    ),
    auth=("api_key",),
)

_BATCH_PIPELINE_REQUEST_GET: Operation[BatchPipelineRequestResultList] = Operation(
    "GET",
    "/projects/{project_name}/pipelines/{pipeline_name}/request-batch/{pipeline_request_id}",
    params=(
        Param("project_name", "path"),
        Param("pipeline_name", "path"),
        Param("pipeline_request_id", "path"),
    ),
    accepts=("application/json",),
    returns={"200": Ref("batch_pipeline_request_result_list", "BatchPipelineRequestResultList")},
    auth=("api_key",),
)

_BATCH_PIPELINE_REQUESTS_BATCH_COLLECT: Operation[list[BatchPipelineRequestResultList]] = Operation(
    "POST",
    "/projects/{project_name}/pipelines/{pipeline_name}/request-batch-collect",
    params=(
        Param("project_name", "path"),
        Param("pipeline_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={
        "200": ListOf(Ref("batch_pipeline_request_result_list", "BatchPipelineRequestResultList")),
    },
    auth=("api_key",),
)

_BATCH_PIPELINE_REQUESTS_BATCH_DELETE: Operation[dict[str, Any]] = Operation(
    "POST",
    "/projects/{project_name}/pipelines/{pipeline_name}/request-batch-delete",
    params=(
        Param("project_name", "path"),
        Param("pipeline_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": DictOf(object)},
    auth=("api_key",),
)

_BATCH_PIPELINE_REQUESTS_CREATE: Operation[list[BatchPipelineRequestCreateResponse]] = Operation(
    "POST",
    "/projects/{project_name}/pipelines/{pipeline_name}/request-batch",
    params=(
        Param("project_name", "path"),
        Param("pipeline_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json", "text/plain"),
    accepts=("application/json",),
    returns={
        "200": ListOf(
            Ref("batch_pipeline_request_create_response", "BatchPipelineRequestCreateResponse")
        ),
    },
    auth=("api_key",),
)

_BATCH_PIPELINE_REQUESTS_LIST: Operation[list[BatchPipelineRequestListResponse]] = Operation(
    "GET",
    "/projects/{project_name}/pipelines/{pipeline_name}/request-batch",
    params=(
        Param("project_name", "path"),
        Param("pipeline_name", "path"),
        Param("status", "query"),
        Param("success", "query"),
        Param("limit", "query"),
        Param("offset", "query"),
        Param("sort", "query"),
    ),
    accepts=("application/json",),
    returns={
        "200": ListOf(
            Ref("batch_pipeline_request_list_response", "BatchPipelineRequestListResponse")
        ),
    },
    auth=("api_key",),
)

_BLOBS_CREATE: Operation[BlobList] = Operation(
    "POST",
    "/projects/{project_name}/blobs",
    params=(
        Param("project_name", "path"),
        Param("file", "file", required=True),
        Param("blob_ttl", "header", "blob-ttl"),
    ),
    content_types=("multipart/form-data",),
    accepts=("application/json",),
    returns={"201": Ref("blob_list", "BlobList")},
    auth=("api_key",),
)

_BLOBS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/blobs/{blob_id}",
    params=(Param("project_name", "path"), Param("blob_id", "path")),
    auth=("api_key",),
)

_BLOBS_GET: Operation[BlobUpload] = Operation(
    "GET",
    "/projects/{project_name}/blobs/{blob_id}",
    params=(Param("project_name", "path"), Param("blob_id", "path")),
    accepts=("application/json",),
    returns={"200": Ref("blob_upload", "BlobUpload")},
    auth=("api_key",),
)

_BLOBS_LIST: Operation[list[BlobList]] = Operation(
    "GET",
    "/projects/{project_name}/blobs",
    params=(
        Param("project_name", "path"),
        Param("range", "query"),
        Param("creation_date", "query"),
    ),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("blob_list", "BlobList"))},
    auth=("api_key",),
)

_CONFIGURATIONS_LIST: Operation[list[ConfigurationList]] = Operation(
    "GET",
    "/config/connectors",
    accepts=("application/json",),
    returns={"200": ListOf(Ref("configuration_list", "ConfigurationList"))},
    auth=("api_key",),
)

_CONNECTORS_CREATE: Operation[ConnectorList] = Operation(
    "POST",
    "/projects/{project_name}/connectors",
    params=(Param("project_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("connector_list", "ConnectorList")},
    auth=("api_key",),
)

_CONNECTORS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/connectors/{connector_name}",
    params=(Param("project_name", "path"), Param("connector_name", "path")),
    auth=("api_key",),
)

_CONNECTORS_GET: Operation[ConnectorList] = Operation(
    "GET",
    "/projects/{project_name}/connectors/{connector_name}",
    params=(Param("project_name", "path"), Param("connector_name", "path")),
    accepts=("application/json",),
    returns={"200": Ref("connector_list", "ConnectorList")},
    auth=("api_key",),
)

_CONNECTORS_LIST: Operation[list[ConnectorList]] = Operation(
    "GET",
    "/projects/{project_name}/connectors",
    params=(Param("project_name", "path"),),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("connector_list", "ConnectorList"))},
    auth=("api_key",),
)

_CONNECTORS_UPDATE: Operation[ConnectorList] = Operation(
    "PATCH",
    "/projects/{project_name}/connectors/{connector_name}",
    params=(
        Param("project_name", "path"),
        Param("connector_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("connector_list", "ConnectorList")},
    auth=("api_key",),
)

_CREDENTIALS_CREATE: Operation[CredentialsList] = Operation(
    "POST",
    "/projects/{project_name}/credentials",
    params=(Param("project_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("credentials_list", "CredentialsList")},
    auth=("api_key",),
)

_CREDENTIALS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/credentials/{credentials_name}",
    params=(Param("project_name", "path"), Param("credentials_name", "path")),
    auth=("api_key",),
)

_CREDENTIALS_GET: Operation[CredentialsListWithConfig] = Operation(
    "GET",
    "/projects/{project_name}/credentials/{credentials_name}",
    params=(Param("project_name", "path"), Param("credentials_name", "path")),
    accepts=("application/json",),
    returns={"200": Ref("credentials_list_with_config", "CredentialsListWithConfig")},
    auth=("api_key",),
)

_CREDENTIALS_LIST: Operation[list[CredentialsList]] = Operation(
    "GET",
    "/projects/{project_name}/credentials",
    params=(Param("project_name", "path"),),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("credentials_list", "CredentialsList"))},
    auth=("api_key",),
)

_CREDENTIALS_UPDATE: Operation[CredentialsListWithConfig] = Operation(
    "PATCH",
    "/projects/{project_name}/credentials/{credentials_name}",
    params=(
        Param("project_name", "path"),
        Param("credentials_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("credentials_list_with_config", "CredentialsListWithConfig")},
    auth=("api_key",),
)

_METRICS_GET: Operation[list[Metrics]] = Operation(
    "GET",
    "/projects/{project_name}/metrics/{metric}",
    params=(
        Param("project_name", "path"),
        Param("metric", "path"),
        Param("start_time", "query", required=True),
        Param("end_time", "query", required=True),
        Param("object_type", "query", required=True),
        Param("interval", "query"),
        Param("object_id", "query"),
    ),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("metrics", "Metrics"))},
    auth=("api_key",),
)

_MODEL_ENVIRONMENT_VARIABLES_CREATE: Operation[EnvironmentVariableList] = Operation(
    "POST",
    "/projects/{project_name}/models/{model_name}/environment-variables",
    params=(
        Param("project_name", "path"),
        Param("model_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("environment_variable_list", "EnvironmentVariableList")},
    auth=("api_key",),
)

_MODEL_ENVIRONMENT_VARIABLES_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/models/{model_name}/environment-variables/{id}",
    params=(Param("project_name", "path"), Param("id", "path"), Param("model_name", "path")),
    auth=("api_key",),
)

_MODEL_ENVIRONMENT_VARIABLES_GET: Operation[EnvironmentVariableList] = Operation(
    "GET",
    "/projects/{project_name}/models/{model_name}/environment-variables/{id}",
    params=(Param("project_name", "path"), Param("id", "path"), Param("model_name", "path")),
    accepts=("application/json",),
    returns={"200": Ref("environment_variable_list", "EnvironmentVariableList")},
    auth=("api_key",),
)

_MODEL_ENVIRONMENT_VARIABLES_LIST: Operation[list[InheritedEnvironmentVariableList]] = Operation(
    "GET",
    "/projects/{project_name}/models/{model_name}/environment-variables",
    params=(Param("project_name", "path"), Param("model_name", "path")),
    accepts=("application/json",),
    returns={
        "200": ListOf(
            Ref("inherited_environment_variable_list", "InheritedEnvironmentVariableList")
        ),
    },
    auth=("api_key",),
)

_MODEL_ENVIRONMENT_VARIABLES_UPDATE: Operation[EnvironmentVariableList] = Operation(
    "PATCH",
    "/projects/{project_name}/models/{model_name}/environment-variables/{id}",
    params=(
        Param("project_name", "path"),
        Param("id", "path"),
        Param("model_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("environment_variable_list", "EnvironmentVariableList")},
    auth=("api_key",),
)

_MODEL_REQUESTS_CREATE: Operation[ModelRequestList] = Operation(
    "POST",
    "/projects/{project_name}/models/{model_name}/versions/{version}/request",
    params=(
        Param("project_name", "path"),
        Param("model_name", "path"),
        Param("version", "path"),
        Param("data", "body", required=True),
        Param("timeout", "query"),
    ),
    content_types=("application/json", "text/plain"),
    accepts=("application/json",),
    returns={"200": Ref("model_request_list", "ModelRequestList")},
    auth=("api_key",),
)

_MODEL_VERSION_ENVIRONMENT_VARIABLES_CREATE: Operation[EnvironmentVariableList] = Operation(
    "POST",
    "/projects/{project_name}/models/{model_name}/versions/{version}/environment-variables",
    params=(
        Param("project_name", "path"),
        Param("model_name", "path"),
        Param("version", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("environment_variable_list", "EnvironmentVariableList")},
    auth=("api_key",),
)

_MODEL_VERSION_ENVIRONMENT_VARIABLES_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/models/{model_name}/versions/{version}/environment-variables/{id}",
    params=(
        Param("project_name", "path"),
        Param("id", "path"),
        Param("model_name", "path"),
        Param("version", "path"),
    ),
    auth=("api_key",),
)

_MODEL_VERSION_ENVIRONMENT_VARIABLES_GET: Operation[EnvironmentVariableList] = Operation(
    "GET",
    "/projects/{project_name}/models/{model_name}/versions/{version}/environment-variables/{id}",
    params=(
        Param("project_name", "path"),
        Param("id", "path"),
        Param("model_name", "path"),
        Param("version", "path"),
    ),
    accepts=("application/json",),
    returns={"200": Ref("environment_variable_list", "EnvironmentVariableList")},
    auth=("api_key",),
)

_MODEL_VERSION_ENVIRONMENT_VARIABLES_LIST: Operation[list[InheritedEnvironmentVariableList]] = (
    Operation(
        "GET",
        "/projects/{project_name}/models/{model_name}/versions/{version}/environment-variables",
        params=(
            Param("project_name", "path"),
            Param("model_name", "path"),
            Param("version", "path"),
        ),
        accepts=("application/json",),
        returns={
            "200": ListOf(
                Ref("inherited_environment_variable_list", "InheritedEnvironmentVariableList")
            ),
        },
        auth=("api_key",),
    )
)

_MODEL_VERSION_ENVIRONMENT_VARIABLES_UPDATE: Operation[EnvironmentVariableList] = Operation(
    "PATCH",
    "/projects/{project_name}/models/{model_name}/versions/{version}/environment-variables/{id}",
    params=(
        Param("project_name", "path"),
        Param("id", "path"),
        Param("model_name", "path"),
        Param("version", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("environment_variable_list", "EnvironmentVariableList")},
    auth=("api_key",),
)

_MODEL_VERSIONS_CREATE: Operation[ModelVersionList] = Operation(
    "POST",
    "/projects/{project_name}/models/{model_name}/versions",
    params=(
        Param("project_name", "path"),
        Param("model_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("model_version_list", "ModelVersionList")},
    auth=("api_key",),
)

_MODEL_VERSIONS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/models/{model_name}/versions/{version}",
    params=(Param("project_name", "path"), Param("model_name", "path"), Param("version", "path")),
    auth=("api_key",),
)

_MODEL_VERSIONS_FILE_DOWNLOAD: Operation[ModelVersionFileUpload] = Operation(
    "GET",
    "/projects/{project_name}/models/{model_name}/versions/{version}/download",
    params=(Param("project_name", "path"), Param("model_name", "path"), Param("version", "path")),
    accepts=("application/json",),
    returns={"200": Ref("model_version_file_upload", "ModelVersionFileUpload")},
    auth=("api_key",),
)

_MODEL_VERSIONS_FILE_UPLOAD: Operation[Success] = Operation(
    "PUT",
    "/projects/{project_name}/models/{model_name}/versions/{version}/upload",
    params=(
        Param("project_name", "path"),
        Param("model_name", "path"),
        Param("version", "path"),
        Param("file", "file", required=True),
    ),
    content_types=("multipart/form-data",),
    accepts=("application/json",),
    returns={"200": Ref("success", "Success")},
    auth=("api_key",),
)

_MODEL_VERSIONS_GET: Operation[ModelVersionList] = Operation(
    "GET",
    "/projects/{project_name}/models/{model_name}/versions/{version}",
    params=(Param("project_name", "path"), Param("model_name", "path"), Param("version", "path")),
    accepts=("application/json",),
    returns={"200": Ref("model_version_list", "ModelVersionList")},
    auth=("api_key",),
)

_MODEL_VERSIONS_LIST: Operation[list[ModelVersionList]] = Operation(
    "GET",
    "/projects/{project_name}/models/{model_name}/versions",
    params=(Param("project_name", "path"), Param("model_name", "path")),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("model_version_list", "ModelVersionList"))},
    auth=("api_key",),
)

_MODEL_VERSIONS_UPDATE: Operation[ModelVersionList] = Operation(
    "PATCH",
    "/projects/{project_name}/models/{model_name}/versions/{version}",
    params=(
        Param("project_name", "path"),
        Param("model_name", "path"),
        Param("version", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("model_version_list", "ModelVersionList")},
    auth=("api_key",),
)

_MODELS_CREATE: Operation[ModelList] = Operation(
    "POST",
    "/projects/{project_name}/models",
    params=(Param("project_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("model_list", "ModelList")},
    auth=("api_key",),
)

_MODELS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/models/{model_name}",
    params=(Param("project_name", "path"), Param("model_name", "path")),
    auth=("api_key",),
)

_MODELS_GET: Operation[ModelList] = Operation(
    "GET",
    "/projects/{project_name}/models/{model_name}",
    params=(Param("project_name", "path"), Param("model_name", "path")),
    accepts=("application/json",),
    returns={"200": Ref("model_list", "ModelList")},
    auth=("api_key",),
)

_MODELS_LIST: Operation[list[ModelList]] = Operation(
    "GET",
    "/projects/{project_name}/models",
    params=(Param("project_name", "path"),),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("model_list", "ModelList"))},
    auth=("api_key",),
)

_MODELS_UPDATE: Operation[ModelList] = Operation(
    "PATCH",
    "/projects/{project_name}/models/{model_name}",
    params=(
        Param("project_name", "path"),
        Param("model_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("model_list", "ModelList")},
    auth=("api_key",),
)

_ORGANIZATION_SUBSCRIPTIONS_LIST: Operation[list[OrganizationSubscriptionList]] = Operation(
    "GET",
    "/organizations/{organization_name}/subscriptions",
    params=(Param("organization_name", "path"),),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("organization_subscription_list", "OrganizationSubscriptionList"))},
    auth=("api_key",),
)

_ORGANIZATION_USAGE_DETAILS_GET: Operation[list[UsagePerDay]] = Operation(
    "GET",
    "/organizations/{organization_name}/usage/details",
    params=(Param("organization_name", "path"), Param("month", "query")),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("usage_per_day", "UsagePerDay"))},
    auth=("api_key",),
)

_ORGANIZATION_USAGE_GET: Operation[list[UsagePerMonth]] = Operation(
    "GET",
    "/organizations/{organization_name}/usage",
    params=(Param("organization_name", "path"), Param("start_month", "query")),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("usage_per_month", "UsagePerMonth"))},
    auth=("api_key",),
)

_ORGANIZATION_USERS_CREATE: Operation[OrganizationUserDetail] = Operation(
    "POST",
    "/organizations/{organization_name}/users",
    params=(Param("organization_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("organization_user_detail", "OrganizationUserDetail")},
    auth=("api_key",),
)

_ORGANIZATION_USERS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/organizations/{organization_name}/users/{user_id}",
    params=(Param("organization_name", "path"), Param("user_id", "path")),
    auth=("api_key",),
)

_ORGANIZATION_USERS_GET: Operation[OrganizationUserDetail] = Operation(
    "GET",
    "/organizations/{organization_name}/users/{user_id}",
    params=(Param("organization_name", "path"), Param("user_id", "path")),
    accepts=("application/json",),
    returns={"200": Ref("organization_user_detail", "OrganizationUserDetail")},
    auth=("api_key",),
)

_ORGANIZATION_USERS_LIST: Operation[list[OrganizationUserDetail]] = Operation(
    "GET",
    "/organizations/{organization_name}/users",
    params=(Param("organization_name", "path"),),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("organization_user_detail", "OrganizationUserDetail"))},
    auth=("api_key",),
)

_ORGANIZATION_USERS_UPDATE: Operation[OrganizationUserDetail] = Operation(
    "PATCH",
    "/organizations/{organization_name}/users/{user_id}",
    params=(
        Param("organization_name", "path"),
        Param("user_id", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("organization_user_detail", "OrganizationUserDetail")},
    auth=("api_key",),
)

_ORGANIZATIONS_CREATE: Operation[OrganizationList] = Operation(
    "POST",
    "/organizations",
    params=(Param("data", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("organization_list", "OrganizationList")},
    auth=("api_key",),
)

_ORGANIZATIONS_GET: Operation[OrganizationDetail] = Operation(
    "GET",
    "/organizations/{organization_name}",
    params=(Param("organization_name", "path"),),
    accepts=("application/json",),
    returns={"200": Ref("organization_detail", "OrganizationDetail")},
    auth=("api_key",),
)

_ORGANIZATIONS_LIST: Operation[list[OrganizationList]] = Operation(
    "GET",
    "/organizations",
    accepts=("application/json",),
    returns={"200": ListOf(Ref("organization_list", "OrganizationList"))},
    auth=("api_key",),
)

_ORGANIZATIONS_RESOURCE_USAGE: Operation[ResourceUsage] = Operation(
    "GET",
    "/organizations/{organization_name}/resources",
    params=(Param("organization_name", "path"),),
    accepts=("application/json",),
    returns={"200": Ref("resource_usage", "ResourceUsage")},
    auth=("api_key",),
)

_ORGANIZATIONS_UPDATE: Operation[OrganizationDetail] = Operation(
    "PATCH",
    "/organizations/{organization_name}",
    params=(Param("organization_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("organization_detail", "OrganizationDetail")},
    auth=("api_key",),
)

_PERMISSIONS_LIST: Operation[list[PermissionList]] = Operation(
    "GET",
    "/permissions",
    accepts=("application/json",),
    returns={"200": ListOf(Ref("permission_list", "PermissionList"))},
    auth=("api_key",),
)

_PIPELINE_OBJECT_ATTACHMENTS_CREATE: Operation[Attachments] = Operation(
    "POST",
    "/projects/{project_name}/pipelines/{pipeline_name}/attachments",
    params=(
        Param("project_name", "path"),
        Param("pipeline_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("attachments", "Attachments")},
    auth=("api_key",),
)

_PIPELINE_OBJECT_ATTACHMENTS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/pipelines/{pipeline_name}/objects/{source_name}/attachments/{destination_name}",
    params=(
        Param("project_name", "path"),
        Param("destination_name", "path"),
        Param("pipeline_name", "path"),
        Param("source_name", "path"),
    ),
    auth=("api_key",),
)

_PIPELINE_OBJECT_ATTACHMENTS_GET: Operation[AttachmentsList] = Operation(
    "GET",
    "/projects/{project_name}/pipelines/{pipeline_name}/objects/{source_name}/attachments/{destination_name}",
    params=(
        Param("project_name", "path"),
        Param("destination_name", "path"),
        Param("pipeline_name", "path"),
        Param("source_name", "path"),
    ),
    accepts=("application/json",),
    returns={"200": Ref("attachments_list", "AttachmentsList")},
    auth=("api_key",),
)

_PIPELINE_OBJECT_ATTACHMENTS_LIST: Operation[list[AttachmentsList]] = Operation(
    "GET",
    "/projects/{project_name}/pipelines/{pipeline_name}/attachments",
    params=(Param("project_name", "path"), Param("pipeline_name", "path")),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("attachments_list", "AttachmentsList"))},
    auth=("api_key",),
)

_PIPELINE_OBJECT_ATTACHMENTS_SOURCE_GET: Operation[list[AttachmentsList]] = Operation(
    "GET",
    "/projects/{project_name}/pipelines/{pipeline_name}/objects/{source_name}/attachments/",
    params=(
        Param("project_name", "path"),
        Param("pipeline_name", "path"),
        Param("source_name", "path"),
    ),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("attachments_list", "AttachmentsList"))},
    auth=("api_key",),
)

_PIPELINE_OBJECT_ENVIRONMENT_VARIABLES_LIST: Operation[list[InheritedEnvironmentVariableList]] = (
    Operation(
        "GET",
        "/projects/{project_name}/pipelines/{pipeline_name}/objects/{name}/environment-variables",
        params=(
            Param("project_name", "path"),
            Param("name", "path"),
            Param("pipeline_name", "path"),
        ),
        accepts=("application/json",),
        returns={
            "200": ListOf(
                Ref("inherited_environment_variable_list", "InheritedEnvironmentVariableList")
            ),
        },
        auth=("api_key",),
    )
)

_PIPELINE_OBJECTS_CREATE: Operation[PipelineObjectList] = Operation(
    "POST",
    "/projects/{project_name}/pipelines/{pipeline_name}/objects",
    params=(
        Param("project_name", "path"),
        Param("pipeline_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("pipeline_object_list", "PipelineObjectList")},
    auth=("api_key",),
)

_PIPELINE_OBJECTS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/pipelines/{pipeline_name}/objects/{name}",
    params=(Param("project_name", "path"), Param("name", "path"), Param("pipeline_name", "path")),
    auth=("api_key",),
)

_PIPELINE_OBJECTS_GET: Operation[PipelineObjectList] = Operation(
    "GET",
    "/projects/{project_name}/pipelines/{pipeline_name}/objects/{name}",
    params=(Param("project_name", "path"), Param("name", "path"), Param("pipeline_name", "path")),
    accepts=("application/json",),
    returns={"200": Ref("pipeline_object_list", "PipelineObjectList")},
    auth=("api_key",),
)

_PIPELINE_OBJECTS_LIST: Operation[list[PipelineObjectList]] = Operation(
    "GET",
    "/projects/{project_name}/pipelines/{pipeline_name}/objects",
    params=(Param("project_name", "path"), Param("pipeline_name", "path")),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("pipeline_object_list", "PipelineObjectList"))},
    auth=("api_key",),
)

_PIPELINE_OBJECTS_UPDATE: Operation[PipelineObjectList] = Operation(
    "PATCH",
    "/projects/{project_name}/pipelines/{pipeline_name}/objects/{name}",
    params=(
        Param("project_name", "path"),
        Param("name", "path"),
        Param("pipeline_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("pipeline_object_list", "PipelineObjectList")},
    auth=("api_key",),
)

_PIPELINES_CREATE: Operation[PipelineList] = Operation(
    "POST",
    "/projects/{project_name}/pipelines",
    params=(Param("project_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("pipeline_list", "PipelineList")},
    auth=("api_key",),
)

_PIPELINES_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/pipelines/{pipeline_name}",
    params=(Param("project_name", "path"), Param("pipeline_name", "path")),
    auth=("api_key",),
)

_PIPELINES_GET: Operation[PipelineList] = Operation(
    "GET",
    "/projects/{project_name}/pipelines/{pipeline_name}",
    params=(Param("project_name", "path"), Param("pipeline_name", "path")),
    accepts=("application/json",),
    returns={"200": Ref("pipeline_list", "PipelineList")},
    auth=("api_key",),
)

_PIPELINES_LIST: Operation[list[PipelineList]] = Operation(
    "GET",
    "/projects/{project_name}/pipelines",
    params=(Param("project_name", "path"),),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("pipeline_list", "PipelineList"))},
    auth=("api_key",),
)

_PIPELINES_REQUEST: Operation[PipelineRequestList] = Operation(
    "POST",
    "/projects/{project_name}/pipelines/{pipeline_name}/request",
    params=(
        Param("project_name", "path"),
        Param("pipeline_name", "path"),
        Param("data", "body", required=True),
        Param("pipeline_timeout", "query"),
        Param("model_timeout", "query"),
    ),
    content_types=("application/json", "text/plain"),
    accepts=("application/json",),
    returns={"200": Ref("pipeline_request_list", "PipelineRequestList")},
    auth=("api_key",),
)

_PIPELINES_UPDATE: Operation[PipelineList] = Operation(
    "PATCH",
    "/projects/{project_name}/pipelines/{pipeline_name}",
    params=(
        Param("project_name", "path"),
        Param("pipeline_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("pipeline_list", "PipelineList")},
    auth=("api_key",),
)

_PROJECT_ENVIRONMENT_VARIABLES_CREATE: Operation[EnvironmentVariableList] = Operation(
    "POST",
    "/projects/{project_name}/environment-variables",
    params=(Param("project_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("environment_variable_list", "EnvironmentVariableList")},
    auth=("api_key",),
)

_PROJECT_ENVIRONMENT_VARIABLES_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/environment-variables/{id}",
    params=(Param("project_name", "path"), Param("id", "path")),
    auth=("api_key",),
)

_PROJECT_ENVIRONMENT_VARIABLES_GET: Operation[EnvironmentVariableList] = Operation(
    "GET",
    "/projects/{project_name}/environment-variables/{id}",
    params=(Param("project_name", "path"), Param("id", "path")),
    accepts=("application/json",),
    returns={"200": Ref("environment_variable_list", "EnvironmentVariableList")},
    auth=("api_key",),
)

_PROJECT_ENVIRONMENT_VARIABLES_LIST: Operation[list[EnvironmentVariableList]] = Operation(
    "GET",
    "/projects/{project_name}/environment-variables",
    params=(Param("project_name", "path"),),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("environment_variable_list", "EnvironmentVariableList"))},
    auth=("api_key",),
)

_PROJECT_ENVIRONMENT_VARIABLES_UPDATE: Operation[EnvironmentVariableList] = Operation(
    "PATCH",
    "/projects/{project_name}/environment-variables/{id}",
    params=(
        Param("project_name", "path"),
        Param("id", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("environment_variable_list", "EnvironmentVariableList")},
    auth=("api_key",),
)

_PROJECT_USAGE_GET: Operation[list[UsagePerMonth]] = Operation(
    "GET",
    "/projects/{project_name}/usage",
    params=(Param("project_name", "path"), Param("start_month", "query")),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("usage_per_month", "UsagePerMonth"))},
    auth=("api_key",),
)

_PROJECTS_CREATE: Operation[ProjectList] = Operation(
    "POST",
    "/projects",
    params=(Param("data", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("project_list", "ProjectList")},
    auth=("api_key",),
)

_PROJECTS_DELETE: Operation[None] = Operation(
    "DELETE", "/projects/{project_name}", params=(Param("project_name", "path"),), auth=("api_key",)
)

_PROJECTS_GET: Operation[ProjectList] = Operation(
    "GET",
    "/projects/{project_name}",
    params=(Param("project_name", "path"),),
    accepts=("application/json",),
    returns={"200": Ref("project_list", "ProjectList")},
    auth=("api_key",),
)

_PROJECTS_LIST: Operation[list[ProjectList]] = Operation(
    "GET",
    "/projects",
    accepts=("application/json",),
    returns={"200": ListOf(Ref("project_list", "ProjectList"))},
    auth=("api_key",),
)

_PROJECTS_LOG_LIST: Operation[list[Logs]] = Operation(
    "POST",
    "/projects/{project_name}/logs",
    params=(Param("project_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": ListOf(Ref("logs", "Logs"))},
    auth=("api_key",),
)

_PROJECTS_RESOURCE_USAGE: Operation[ProjectResourceUsage] = Operation(
    "GET",
    "/projects/{project_name}/resources",
    params=(Param("project_name", "path"),),
    accepts=("application/json",),
    returns={"200": Ref("project_resource_usage", "ProjectResourceUsage")},
    auth=("api_key",),
)

_PROJECTS_UPDATE: Operation[ProjectList] = Operation(
    "PATCH",
    "/projects/{project_name}",
    params=(Param("project_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("project_list", "ProjectList")},
    auth=("api_key",),
)

_ROLE_ASSIGNMENTS_CREATE: Operation[RoleAssignmentList] = Operation(
    "POST",
    "/projects/{project_name}/role-assignments",
    params=(Param("project_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("role_assignment_list", "RoleAssignmentList")},
    auth=("api_key",),
)

_ROLE_ASSIGNMENTS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/role-assignments/{id}",
    params=(Param("project_name", "path"), Param("id", "path")),
    auth=("api_key",),
)

_ROLE_ASSIGNMENTS_GET: Operation[RoleAssignmentList] = Operation(
    "GET",
    "/projects/{project_name}/role-assignments/{id}",
    params=(Param("project_name", "path"), Param("id", "path")),
    accepts=("application/json",),
    returns={"200": Ref("role_assignment_list", "RoleAssignmentList")},
    auth=("api_key",),
)

_ROLE_ASSIGNMENTS_PER_USER_LIST: Operation[list[RoleAssignmentList]] = Operation(
    "GET",
    "/projects/{project_name}/users/{user_id}/role-assignments",
    params=(Param("project_name", "path"), Param("user_id", "path")),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("role_assignment_list", "RoleAssignmentList"))},
    auth=("api_key",),
)

_ROLES_CREATE: Operation[RoleDetailList] = Operation(
    "POST",
    "/projects/{project_name}/roles",
    params=(Param("project_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("role_detail_list", "RoleDetailList")},
    auth=("api_key",),
)

_ROLES_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/roles/{role_name}",
    params=(Param("project_name", "path"), Param("role_name", "path")),
    auth=("api_key",),
)

_ROLES_GET: Operation[RoleDetailList] = Operation(
    "GET",
    "/projects/{project_name}/roles/{role_name}",
    params=(Param("project_name", "path"), Param("role_name", "path")),
    accepts=("application/json",),
    returns={"200": Ref("role_detail_list", "RoleDetailList")},
    auth=("api_key",),
)

_ROLES_LIST: Operation[list[RoleList]] = Operation(
    "GET",
    "/projects/{project_name}/roles",
    params=(Param("project_name", "path"),),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("role_list", "RoleList"))},
    auth=("api_key",),
)

_ROLES_UPDATE: Operation[RoleDetailList] = Operation(
    "PATCH",
    "/projects/{project_name}/roles/{role_name}",
    params=(
        Param("project_name", "path"),
        Param("role_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("role_detail_list", "RoleDetailList")},
    auth=("api_key",),
)

_SCHEDULED_REQUESTS_CREATE: Operation[ScheduleList] = Operation(
    "POST",
    "/projects/{project_name}/schedules",
    params=(Param("project_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("schedule_list", "ScheduleList")},
    auth=("api_key",),
)

_SCHEDULED_REQUESTS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/schedules/{schedule_name}",
    params=(Param("project_name", "path"), Param("schedule_name", "path")),
    auth=("api_key",),
)

_SCHEDULED_REQUESTS_GET: Operation[ScheduleList] = Operation(
    "GET",
    "/projects/{project_name}/schedules/{schedule_name}",
    params=(Param("project_name", "path"), Param("schedule_name", "path")),
    accepts=("application/json",),
    returns={"200": Ref("schedule_list", "ScheduleList")},
    auth=("api_key",),
)

_SCHEDULED_REQUESTS_LIST: Operation[list[ScheduleList]] = Operation(
    "GET",
    "/projects/{project_name}/schedules",
    params=(Param("project_name", "path"),),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("schedule_list", "ScheduleList"))},
    auth=("api_key",),
)

_SCHEDULED_REQUESTS_UPDATE: Operation[ScheduleList] = Operation(
    "PATCH",
    "/projects/{project_name}/schedules/{schedule_name}",
    params=(
        Param("project_name", "path"),
        Param("schedule_name", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("schedule_list", "ScheduleList")},
    auth=("api_key",),
)

_SERVICE_STATUS: Operation[Status] = Operation(
    "GET",
    "/status",
    accepts=("application/json",),
    returns={"200": Ref("status", "Status")},
    auth=("api_key",),
)

_SERVICE_USERS_CREATE: Operation[ServiceUserDetail] = Operation(
    "POST",
    "/projects/{project_name}/service-users",
    params=(Param("project_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("service_user_detail", "ServiceUserDetail")},
    auth=("api_key",),
)

_SERVICE_USERS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/projects/{project_name}/service-users/{service_user_id}",
    params=(Param("project_name", "path"), Param("service_user_id", "path")),
    auth=("api_key",),
)

_SERVICE_USERS_GET: Operation[ServiceUserList] = Operation(
    "GET",
    "/projects/{project_name}/service-users/{service_user_id}",
    params=(Param("project_name", "path"), Param("service_user_id", "path")),
    accepts=("application/json",),
    returns={"200": Ref("service_user_list", "ServiceUserList")},
    auth=("api_key",),
)

_SERVICE_USERS_LIST: Operation[list[ServiceUserList]] = Operation(
    "GET",
    "/projects/{project_name}/service-users",
    params=(Param("project_name", "path"),),
    accepts=("application/json",),
    returns={"200": ListOf(Ref("service_user_list", "ServiceUserList"))},
    auth=("api_key",),
)

_SERVICE_USERS_TOKEN: Operation[ServiceUserTokenList] = Operation(
    "PUT",
    "/projects/{project_name}/service-users/{service_user_id}/token",
    params=(
        Param("project_name", "path"),
        Param("service_user_id", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("service_user_token_list", "ServiceUserTokenList")},
    auth=("api_key",),
)

_SERVICE_USERS_UPDATE: Operation[ServiceUserList] = Operation(
    "PATCH",
    "/projects/{project_name}/service-users/{service_user_id}",
    params=(
        Param("project_name", "path"),
        Param("service_user_id", "path"),
        Param("data", "body", required=True),
    ),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("service_user_list", "ServiceUserList")},
    auth=("api_key",),
)

_SUBSCRIPTIONS_CREATE: Operation[SubscriptionDetail] = Operation(
    "POST",
    "/subscriptions",
    params=(Param("data", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("subscription_detail", "SubscriptionDetail")},
    auth=("api_key",),
)

_SUBSCRIPTIONS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/subscriptions/{subscription_name}",
    params=(Param("subscription_name", "path"),),
    auth=("api_key",),
)

_SUBSCRIPTIONS_GET: Operation[SubscriptionDetail] = Operation(
    "GET",
    "/subscriptions/{subscription_name}",
    params=(Param("subscription_name", "path"),),
    accepts=("application/json",),
    returns={"200": Ref("subscription_detail", "SubscriptionDetail")},
    auth=("api_key",),
)

_SUBSCRIPTIONS_LIST: Operation[list[SubscriptionList]] = Operation(
    "GET",
    "/subscriptions",
    accepts=("application/json",),
    returns={"200": ListOf(Ref("subscription_list", "SubscriptionList"))},
    auth=("api_key",),
)

_SUBSCRIPTIONS_UPDATE: Operation[SubscriptionDetail] = Operation(
    "PATCH",
    "/subscriptions/{subscription_name}",
    params=(Param("subscription_name", "path"), Param("data", "body", required=True)),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("subscription_detail", "SubscriptionDetail")},
    auth=("api_key",),
)

_USER_CREATE: Operation[UserPendingDetail] = Operation(
    "POST",
    "/user",
    params=(Param("data", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"201": Ref("user_pending_detail", "UserPendingDetail")},
    auth=("api_key",),
)

_USER_DELETE: Operation[None] = Operation("DELETE", "/user", auth=("api_key",))

_USER_GET: Operation[UserDetail] = Operation(
    "GET",
    "/user",
    accepts=("application/json",),
    returns={"200": Ref("user_detail", "UserDetail")},
    auth=("api_key",),
)

_USER_UPDATE: Operation[UserDetail] = Operation(
    "PATCH",
    "/user",
    params=(Param("data", "body", required=True),),
    content_types=("application/json",),
    accepts=("application/json",),
    returns={"200": Ref("user_detail", "UserDetail")},
    auth=("api_key",),
)


class CoreApi:
    """All operations of the UbiOps API: projects, models and their versions, pipelines, requests, blobs, connectors, credentials, environment variables, organizations, subscriptions, roles, service users, schedules, usage and the user account."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client or ApiClient.get_default()

    @_validated
    def batch_model_requests_batch_collect(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> list[BatchModelRequestResultList]:
        """Retrieve multiple batch model request results

        ### Description
        Retrieve multiple batch model requests. If one of the given batch model requests does not exist, an error message is given and no request is returned. A maximum of 250 model requests can be retrieved with this method. The model requests are NOT returned in the order they are given in.

        ### Required Parameters
        A list of ids for the batch requests

        #### Request Examples
        ```
        ["2f909aeb-5c7e-4974-970d-cd0a6a073aca", "85711124-54db-4794-b83d-24492247c6e1"]
        ```

        ### Response Structure
        A list of dictionaries containing the details of the retrieved model requests with the following fields:
         - `id`: Unique identifier for the model request
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `success`: A boolean value that indicates whether the model request was successful
         - `time_created`: Server time that the request was made (current time)
         - `time_last_updated`: Server time that the request was last updated
         - `request_data`: A dictionary containing the data that was sent when the request was created
         - `result`: Model request result value. NULL if the request is 'pending', 'processing' or 'failed'.
         - `error_message`: An error message explaining why the request has failed. NULL if the request was successful.

        #### Response Examples
        ```
        [
          {
            "id": "2f909aeb-5c7e-4974-970d-cd0a6a073aca",
            "status": "pending",
            "success": false,
            "time_created": "2020-03-29T08:09:10.729+00:00",
            "time_last_updated": "2020-06-29T08:09:10.729+00:00",
            "request_data": {
              "input": 82.2
            },
            "result": null,
            "error_message": null
          },
          {
            "id": "85711124-54db-4794-b83d-24492247c6e1",
            "status": "pending",
            "success": false,
            "time_created": "2020-06-25T09:37:17.765+00:00",
            "time_last_updated": "2020-03-25T09:37:17.765+00:00",
            "request_data": {
              "input": 52.4
            },
            "result": null,
            "error_message": null
          }
        ]
        ```"""
        return self.api_client.call(
            _BATCH_MODEL_REQUESTS_BATCH_COLLECT, (project_name, model_name, version, data), _options
        ).data

    @_validated
    def batch_model_requests_batch_collect_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BatchModelRequestResultList]]:
        """Like `batch_model_requests_batch_collect`, with status code, headers and raw body too."""
        return self.api_client.call(
            _BATCH_MODEL_REQUESTS_BATCH_COLLECT, (project_name, model_name, version, data), _options
        )

    @_validated
    def batch_model_requests_batch_collect_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `batch_model_requests_batch_collect`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _BATCH_MODEL_REQUESTS_BATCH_COLLECT, (project_name, model_name, version, data), _options
        )

    @_validated
    def batch_model_requests_batch_delete(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Delete multiple batch model requests

        ### Description
        Delete multiple batch model requests. If one of the given batch model requests does not exist, an error message is given and no request is deleted. A maximum of 250 model requests can be deleted with this method.

        ### Required Parameters
        A list of ids for the batch requests

        #### Request Examples
        ```
        ["2f909aeb-5c7e-4974-970d-cd0a6a073aca", "85711124-54db-4794-b83d-24492247c6e1"]
        ```"""
        return self.api_client.call(
            _BATCH_MODEL_REQUESTS_BATCH_DELETE, (project_name, model_name, version, data), _options
        ).data

    @_validated
    def batch_model_requests_batch_delete_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[dict[str, Any]]:
        """Like `batch_model_requests_batch_delete`, with status code, headers and raw body too."""
        return self.api_client.call(
            _BATCH_MODEL_REQUESTS_BATCH_DELETE, (project_name, model_name, version, data), _options
        )

    @_validated
    def batch_model_requests_batch_delete_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `batch_model_requests_batch_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _BATCH_MODEL_REQUESTS_BATCH_DELETE, (project_name, model_name, version, data), _options
        )

    @_validated
    def batch_model_requests_create(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: list[ModelRequestCreate],
        **_options: Unpack[RequestOptions],
    ) -> list[BatchModelRequestCreateResponse]:
        """Create batch model requests

        ### Description
        Request multiple predictions from a model. The request follows an asynchronous method, as the requests are queued in our back-end and can be collected at a later time using the model request collect methods. It is only possible to make a model request if a model file is uploaded for that model version and the model build has succeeded (meaning that the model version is in available state).

        If one of the requests is faulty, all requests are denied. The maximum number of requests per bulk call is 250.

        ### Required Parameters
        A list of dictionaries, where each dictionary contains the input fields of the model as keys. It is also possible to send a single dictionary as input.

        #### Request Examples
        ```
        [
          {
            "model-input-field-1": 5.0,
            "model-input-field-2": "N",
            "model-input-field-3": [0.25, 0.25, 2.1, 16.3]
          },
          {
            "model-input-field-1": 3.0,
            "model-input-field-2": "S",
            "model-input-field-3": [4.23, 3.27, 2.41, 12.4]
          }
        ]
        ```

        ### Response Structure
        A list of dictionaries containing the details of the created model requests with the following fields:
         - `id`: Unique identifier for the model request, which can be used to collect the result
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `time_created`: Server time that the request was made (current time)

        #### Response Examples
        ```
        [
          {
            "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
            "status": "pending",
            "time_created": "2020-03-28T20:00:26.613+00:00"
          },
          {
            "id": "2521378e-263e-4e2e-85e9-a96254b36536",
            "status": "pending",
            "time_created": "2020-03-28T20:00:26.613+00:00"
          }
        ]
        ```"""
        return self.api_client.call(
            _BATCH_MODEL_REQUESTS_CREATE, (project_name, model_name, version, data), _options
        ).data

    @_validated
    def batch_model_requests_create_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: list[ModelRequestCreate],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BatchModelRequestCreateResponse]]:
        """Like `batch_model_requests_create`, with status code, headers and raw body too."""
        return self.api_client.call(
            _BATCH_MODEL_REQUESTS_CREATE, (project_name, model_name, version, data), _options
        )

    @_validated
    def batch_model_requests_create_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: list[ModelRequestCreate],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `batch_model_requests_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _BATCH_MODEL_REQUESTS_CREATE, (project_name, model_name, version, data), _options
        )

    @_validated
    def batch_model_requests_delete(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        request_id: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete batch model requests

        ### Description
        Delete a batch model request"""
        self.api_client.call(
            _BATCH_MODEL_REQUESTS_DELETE, (project_name, model_name, request_id, version), _options
        )

    @_validated
    def batch_model_requests_delete_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        request_id: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `batch_model_requests_delete`, with status code, headers and raw body too."""
        return self.api_client.call(
            _BATCH_MODEL_REQUESTS_DELETE, (project_name, model_name, request_id, version), _options
        )

    @_validated
    def batch_model_requests_delete_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        request_id: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `batch_model_requests_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _BATCH_MODEL_REQUESTS_DELETE, (project_name, model_name, request_id, version), _options
        )

    @_validated
    def batch_model_requests_get(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        request_id: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> BatchModelRequestResultList:
        """Get batch model request

        ### Description
        Get a batch request for a model. With this method, the result of a batch request may be retrieved.

        ### Response Structure
        A dictionary containing the details of the model request with the following fields:
         - `id`: Unique identifier for the model request
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `success`: A boolean value that indicates whether the model request was successful
         - `time_created`: Server time that the request was made (current time)
         - `time_last_updated`: Server time that the request was last updated
         - `request_data`: A dictionary containing the data that was sent when the request was created
         - `result`: Model request result value. NULL if the request is 'pending', 'processing' or 'failed'.
         - `error_message`: An error message explaining why the request has failed. NULL if the request was successful.

        #### Response Examples
        ```
        {
          "id": "2f909aeb-5c7e-4974-970d-cd0a6a073aca",
          "status": "pending",
          "success": false,
          "time_created": "2020-03-29T08:09:10.729+00:00",
          "time_last_updated": "2020-03-29T08:09:10.729+00:00",
          "request_data": {
            "input": 82.3
          },
          "result": null,
          "error_message": null
        }
        ```"""
        return self.api_client.call(
            _BATCH_MODEL_REQUESTS_GET, (project_name, model_name, request_id, version), _options
        ).data

    @_validated
    def batch_model_requests_get_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        request_id: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[BatchModelRequestResultList]:
        """Like `batch_model_requests_get`, with status code, headers and raw body too."""
        return self.api_client.call(
            _BATCH_MODEL_REQUESTS_GET, (project_name, model_name, request_id, version), _options
        )

    @_validated
    def batch_model_requests_get_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        request_id: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `batch_model_requests_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _BATCH_MODEL_REQUESTS_GET, (project_name, model_name, request_id, version), _options
        )

    @_validated
    def batch_model_requests_list(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        status: Optional[StrictStr] = None,
        success: Optional[StrictBool] = None,
        limit: Optional[StrictInt] = None,
        offset: Optional[StrictInt] = None,
        sort: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[BatchModelRequestListResponse]:
        """List batch model requests

        ### Description
        List all requests for a model version

        ### Optional Parameters
        The following parameters should be given as Query parameters:
        - `status`: Status of the request. Can be 'pending', 'processing', 'failed' or 'completed'
        - `success`: A boolean value that indicates whether the model request was successful
        - `limit`: The maximum number of requests given back, default is 50
        - `offset`: The number which forms the starting point of the requests given back. If offset equals 2, then the first 2 requests will be omitted from the list.
        - `sort`: Direction of sorting, can be 'asc' or 'desc'. The default sorting is done in descending order.

        ### Response Structure
        A list of dictionaries containing the details of the model requests with the following fields:
         - `id`: Unique identifier for the model request
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `success`: A boolean value that indicates whether the model request was successful
         - `time_created`: Server time that the request was made (current time)
         - `time_last_updated`: Server time that the request was last updated

        #### Response Examples
        ```
        [
          {
            "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
            "status": "pending",
            "success": false,
            "time_created": "2020-03-28T20:00:26.613+00:00",
            "time_last_updated": "2020-03-28T20:00:26.613+00:00"
          },
          {
            "id": "2521378e-263e-4e2e-85e9-a96254b36536",
            "status": "completed",
            "success": true,
            "time_created": "2020-03-28T20:00:26.613+00:00",
            "time_last_updated": "2020-03-28T20:00:26.613+00:00"
          }
        ]
        ```"""
        return self.api_client.call(
            _BATCH_MODEL_REQUESTS_LIST,
            (project_name, model_name, version, status, success, limit, offset, sort),
            _options,
        ).data

    @_validated
    def batch_model_requests_list_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        status: Optional[StrictStr] = None,
        success: Optional[StrictBool] = None,
        limit: Optional[StrictInt] = None,
        offset: Optional[StrictInt] = None,
        sort: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BatchModelRequestListResponse]]:
        """Like `batch_model_requests_list`, with status code, headers and raw body too."""
        return self.api_client.call(
            _BATCH_MODEL_REQUESTS_LIST,
            (project_name, model_name, version, status, success, limit, offset, sort),
            _options,
        )

    @_validated
    def batch_model_requests_list_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        status: Optional[StrictStr] = None,
        success: Optional[StrictBool] = None,
        limit: Optional[StrictInt] = None,
        offset: Optional[StrictInt] = None,
        sort: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `batch_model_requests_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _BATCH_MODEL_REQUESTS_LIST,
            (project_name, model_name, version, status, success, limit, offset, sort),
            _options,
        )

    @_validated
    def batch_pipeline_request_delete(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        pipeline_request_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete batch pipeline requests

        ### Description
        Delete a batch pipeline request. This action cancels all the model requests in the pipeline.
        """
        self.api_client.call(
            _BATCH_PIPELINE_REQUEST_DELETE,
            (project_name, pipeline_name, pipeline_request_id),
            _options,
        )

    @_validated
    def batch_pipeline_request_delete_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        pipeline_request_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `batch_pipeline_request_delete`, with status code, headers and raw body too."""
        return self.api_client.call(
            _BATCH_PIPELINE_REQUEST_DELETE,
            (project_name, pipeline_name, pipeline_request_id),
            _options,
        )

    @_validated
    def batch_pipeline_request_delete_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        pipeline_request_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `batch_pipeline_request_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _BATCH_PIPELINE_REQUEST_DELETE,
            (project_name, pipeline_name, pipeline_request_id),
            _options,
        )

    @_validated
    def batch_pipeline_request_get(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        pipeline_request_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> BatchPipelineRequestResultList:
        """Get batch pipeline request

        ### Description
        Get a batch request for a pipeline. With this method, the result of the batch request may be retrieved.

        ### Response Structure
        A dictionary containing the details of the pipeline request with the following fields:
         - `id`: Unique identifier for the pipeline request
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `success`: A boolean value that indicates whether the pipeline request was successful
         - `time_created`: Server time that the request was made (current time)
         - `time_last_updated`: Server time that the request was last updated
         - `request_data`: A dictionary containing the data that was sent when the request was created
         - `model_requests`: A list of requests of the models in the pipeline. This field is empty when the request is initialized and is updated when all the model requests in the pipeline are completed.
         - `error_message`: An error message explaining why the request has failed. NULL if the request was successful.

        #### Response Examples
        ```
        {
          "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
          "status": "pending",
          "success": true,
          "time_created": "2020-03-28T20:00:26.613+00:00",
          "time_last_updated": "2020-03-28T20:00:26.613+00:00",
          "request_data": {
            "input_field": 23.5
          },
          "model_requests": [],
          "error_message": null
        }
        ```"""
        return self.api_client.call(
            _BATCH_PIPELINE_REQUEST_GET,
            (project_name, pipeline_name, pipeline_request_id),
            _options,
        ).data

    @_validated
    def batch_pipeline_request_get_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        pipeline_request_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[BatchPipelineRequestResultList]:
        """Like `batch_pipeline_request_get`, with status code, headers and raw body too."""
        return self.api_client.call(
            _BATCH_PIPELINE_REQUEST_GET,
            (project_name, pipeline_name, pipeline_request_id),
            _options,
        )

    @_validated
    def batch_pipeline_request_get_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        pipeline_request_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `batch_pipeline_request_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _BATCH_PIPELINE_REQUEST_GET,
            (project_name, pipeline_name, pipeline_request_id),
            _options,
        )

    @_validated
    def batch_pipeline_requests_batch_collect(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> list[BatchPipelineRequestResultList]:
        """Retrieve multiple batch pipeline request results

        ### Description
        Retrieve multiple batch pipeline requests. If one of the given batch pipeline requests does not exist, an error message is given and no request is returned. A maximum of 100 pipeline requests can be retrieved with this method. The pipeline requests are NOT returned in the order they are given in.

        ### Required Parameters
        A list of ids for the batch requests

        #### Request Examples
        ```
        ["2521378e-263e-4e2e-85e9-a96254b36536", "69eca481-8576-49e8-8e20-ea56f2005bcb"]
        ```

        ### Response Structure
        A list of dictionaries containing the details of the retrieved pipeline requests with the following fields:
         - `id`: Unique identifier for the pipeline request
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `success`: A boolean value that indicates whether the pipeline request was successful
         - `time_created`: Server time that the request was made (current time)
         - `time_last_updated`: Server time that the request was last updated
         - `request_data`: A dictionary containing the data that was sent when the request was created
         - `model_requests`: A list of requests of the models in the pipeline. This field is empty when the request is initialized and is updated when all the model requests in the pipeline are completed.
         - `error_message`: An error message explaining why the request has failed. NULL if the request was successful.

        #### Response Examples
        ```
        [
            {
              "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
              "status": "pending",
              "success": false,
              "time_created": "2020-063-28T20:00:26.613+00:00",
              "time_last_updated": "2020-03-28T20:00:26.613+00:00",
              "request_data": {
                "input_field": 23.5
              },
              "model_requests": [],
              "error_message": null
            },
            {
              "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
              "status": "pending",
              "success": false,
              "time_created": "2020-063-28T20:00:26.613+00:00",
              "time_last_updated": "2020-03-28T20:00:26.613+00:00",
              "request_data": {
                "input_field": 23.5
              },
              "model_requests": [],
              "error_message": null
            }
        ]
        ```"""
        return self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_BATCH_COLLECT, (project_name, pipeline_name, data), _options
        ).data

    @_validated
    def batch_pipeline_requests_batch_collect_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BatchPipelineRequestResultList]]:
        """Like `batch_pipeline_requests_batch_collect`, with status code, headers and raw body too."""
        return self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_BATCH_COLLECT, (project_name, pipeline_name, data), _options
        )

    @_validated
    def batch_pipeline_requests_batch_collect_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `batch_pipeline_requests_batch_collect`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _BATCH_PIPELINE_REQUESTS_BATCH_COLLECT, (project_name, pipeline_name, data), _options
        )

    @_validated
    def batch_pipeline_requests_batch_delete(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Delete multiple batch pipeline requests

        ### Description
        Delete multiple batch pipeline requests. If one of the given batch pipeline requests does not exist, an error message is given and no request is deleted. A maximum of 100 pipeline requests can be deleted with this method.

        ### Required Parameters
        A list of ids for the batch requests

        #### Request Examples
        ```
        ["2521378e-263e-4e2e-85e9-a96254b36536", "69eca481-8576-49e8-8e20-ea56f2005bcb"]
        ```"""
        return self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_BATCH_DELETE, (project_name, pipeline_name, data), _options
        ).data

    @_validated
    def batch_pipeline_requests_batch_delete_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[dict[str, Any]]:
        """Like `batch_pipeline_requests_batch_delete`, with status code, headers and raw body too."""
        return self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_BATCH_DELETE, (project_name, pipeline_name, data), _options
        )

    @_validated
    def batch_pipeline_requests_batch_delete_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `batch_pipeline_requests_batch_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _BATCH_PIPELINE_REQUESTS_BATCH_DELETE, (project_name, pipeline_name, data), _options
        )

    @_validated
    def batch_pipeline_requests_create(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: list[PipelineRequestCreate],
        **_options: Unpack[RequestOptions],
    ) -> list[BatchPipelineRequestCreateResponse]:
        """Create batch pipeline requests

        ### Description
        Request multiple predictions from a pipeline. The request follows an asynchronous method, as the requests are queued in our back-end and can be collected at a later time using the pipeline request collect methods.

        The maximum number of requests that can be created per batch is 100.

        ### Required Parameters
        A list of dictionaries, where each dictionary contains the input fields of the pipeline as keys

        #### Request Examples
        ```
        [
          {
            "pipeline-input-field-1": 5.0,
            "pipeline-input-field-2": "N",
            "pipeline-input-field-3": [0.25, 0.25, 2.1, 16.3]
          },
          {
            "pipeline-input-field-1": 3.0,
            "pipeline-input-field-2": "S",
            "pipeline-input-field-3": [4.23, 3.27, 2.41, 12.4]
          }
        ]
        ```

        ### Response Structure
        A list of dictionaries containing the details of the created pipeline requests with the following fields:
         - `id`: Unique identifier for the pipeline request, which can be used to collect the result
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `time_created`: Server time that the request was made (current time)


        #### Response Examples
        ```
        [
          {
            "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
            "status": "pending",
            "time_created": "2020-03-28T20:00:26.613+00:00"
          },
          {
            "id": "2521378e-263e-4e2e-85e9-a96254b36536",
            "status": "pending",
            "time_created": "2020-03-28T20:00:26.613+00:00"
          }
        ]
        ```"""
        return self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_CREATE, (project_name, pipeline_name, data), _options
        ).data

    @_validated
    def batch_pipeline_requests_create_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: list[PipelineRequestCreate],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BatchPipelineRequestCreateResponse]]:
        """Like `batch_pipeline_requests_create`, with status code, headers and raw body too."""
        return self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_CREATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    def batch_pipeline_requests_create_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: list[PipelineRequestCreate],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `batch_pipeline_requests_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _BATCH_PIPELINE_REQUESTS_CREATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    def batch_pipeline_requests_list(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        status: Optional[StrictStr] = None,
        success: Optional[StrictBool] = None,
        limit: Optional[StrictInt] = None,
        offset: Optional[StrictInt] = None,
        sort: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[BatchPipelineRequestListResponse]:
        """List batch pipeline requests

        ### Description
        List all requests for a pipeline

        ### Optional Parameters
        The following parameters should be given as query parameters:
        - `status`: Status of the request. Can be 'pending', 'processing', 'failed' or 'completed'.
        - `success`: A boolean value that indicates whether the pipeline request was successful
        - `limit`: The maximum number of requests given back, default is 50
        - `offset`: The number which forms the starting point of the requests given back. If offset equals 2, then the first 2 requests will be omitted from the list.
        - `sort`: Direction of sorting, can be 'asc' or 'desc'. The default sorting is done in descending order.

        ### Response Structure
        A list of dictionaries containing the details of the pipeline requests with the following fields:
         - `id`: Unique identifier for the pipeline request
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `success`: A boolean value that indicates whether the pipeline request was successful
         - `time_created`: Server time that the request was made (current time)
         - `time_last_updated`: Server time that the request was last updated

        #### Response Examples
        ```
        [
          {
            "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
            "status": "pending",
            "success": false,
            "time_created": "2020-03-28T20:00:26.613+00:00",
            "time_last_updated": "2020-03-28T20:00:26.613+00:00"
          },
          {
            "id": "2521378e-263e-4e2e-85e9-a96254b36536",
            "status": "completed",
            "success": true,
            "time_created": "2020-03-28T20:00:26.613+00:00",
            "time_last_updated": "2020-03-28T20:00:26.613+00:00"
          }
        ]
        ```"""
        return self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_LIST,
            (project_name, pipeline_name, status, success, limit, offset, sort),
            _options,
        ).data

    @_validated
    def batch_pipeline_requests_list_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        status: Optional[StrictStr] = None,
        success: Optional[StrictBool] = None,
        limit: Optional[StrictInt] = None,
        offset: Optional[StrictInt] = None,
        sort: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BatchPipelineRequestListResponse]]:
        """Like `batch_pipeline_requests_list`, with status code, headers and raw body too."""
        return self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_LIST,
            (project_name, pipeline_name, status, success, limit, offset, sort),
            _options,
        )

    @_validated
    def batch_pipeline_requests_list_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        status: Optional[StrictStr] = None,
        success: Optional[StrictBool] = None,
        limit: Optional[StrictInt] = None,
        offset: Optional[StrictInt] = None,
        sort: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `batch_pipeline_requests_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _BATCH_PIPELINE_REQUESTS_LIST,
            (project_name, pipeline_name, status, success, limit, offset, sort),
            _options,
        )

    @_validated
    def blobs_create(
        self,
        project_name: StrictStr,
        file: FileInput,
        blob_ttl: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> BlobList:
        """Upload a blob

        ### Description
        Upload a blob to a project. The returned blob_id may be passed in a model or pipeline request as input.

        The uploaded blob file can be retrieved by passing the blob_id as well.

        ### Optional Parameters
        These parameters should be given in the header.
        - `blob-ttl`: The Blob-TTL parameter designates the time to live of the blob in seconds (default = 259200 seconds, 3 days)

        ### Response Structure
        The details of the uploaded blob
        - `id`: Unique identifier for the blob (UUID)
        - `creation_date`: Time the blob was created
        - `filename`: Original filename of the blob
        - `size`: Size of the uploaded blob in bytes
        - `ttl`: Time to live of the blob in seconds

        #### Response Examples
        ```
        {
          "id": "b58fb853-9311-4583-9688-abed61830abc",
          "creation_date": "2020-05-18T11:26:57.904+00:00",
          "filename": "original-filename.jpg",
          "size": 3439,
          "ttl": 259200
        }
        ```"""
        return self.api_client.call(_BLOBS_CREATE, (project_name, file, blob_ttl), _options).data

    @_validated
    def blobs_create_with_http_info(
        self,
        project_name: StrictStr,
        file: FileInput,
        blob_ttl: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[BlobList]:
        """Like `blobs_create`, with status code, headers and raw body too."""
        return self.api_client.call(_BLOBS_CREATE, (project_name, file, blob_ttl), _options)

    @_validated
    def blobs_create_without_preload_content(
        self,
        project_name: StrictStr,
        file: FileInput,
        blob_ttl: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `blobs_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(_BLOBS_CREATE, (project_name, file, blob_ttl), _options)

    @_validated
    def blobs_delete(
        self, project_name: StrictStr, blob_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a blob

        ### Description
        Delete a blob from a project"""
        self.api_client.call(_BLOBS_DELETE, (project_name, blob_id), _options)

    @_validated
    def blobs_delete_with_http_info(
        self, project_name: StrictStr, blob_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `blobs_delete`, with status code, headers and raw body too."""
        return self.api_client.call(_BLOBS_DELETE, (project_name, blob_id), _options)

    @_validated
    def blobs_delete_without_preload_content(
        self, project_name: StrictStr, blob_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `blobs_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(_BLOBS_DELETE, (project_name, blob_id), _options)

    @_validated
    def blobs_get(
        self, project_name: StrictStr, blob_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> BlobUpload:
        """Get a blob

        ### Description
        Download a blob file in a project

        ### Response Structure
        - `file`: Blob file"""
        return self.api_client.call(_BLOBS_GET, (project_name, blob_id), _options).data

    @_validated
    def blobs_get_with_http_info(
        self, project_name: StrictStr, blob_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[BlobUpload]:
        """Like `blobs_get`, with status code, headers and raw body too."""
        return self.api_client.call(_BLOBS_GET, (project_name, blob_id), _options)

    @_validated
    def blobs_get_without_preload_content(
        self, project_name: StrictStr, blob_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `blobs_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(_BLOBS_GET, (project_name, blob_id), _options)

    @_validated
    def blobs_list(
        self,
        project_name: StrictStr,
        range: Optional[StrictInt] = None,
        creation_date: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[BlobList]:
        """List blobs

        ### Description
        List all blobs in a project

        ### Optional Parameters
        These parameters should be given as GET parameters.
        - `range`: Number of blobs to be returned. It may be a positive or a negative value. If it is positive, blobs uploaded starting from the creation_date towards the present time are returned. Otherwise, blobs uploaded towards the past are returned. The default value is -50.
        - `creation_date`: Get the blobs uploaded starting from this date. If it is not provided, the uploaded blobs are returned according to the *range* parameter. It should be provided in year-month-day hour:minute:second format.

        ### Response Structure
        A list of details of the blobs in the project
         - `id`: Unique identifier for the blob (UUID)
         - `creation_date`: Time the blob was created
         - `filename`: Original filename of the blob
         - `size`: Size of the uploaded blob in bytes
         - `ttl`: Time to live of the blob in seconds

        #### Response Examples
        ```
        [
          {
            "id": "ecb39626-2a14-4224-a57a-592a51567e17",
            "creation_date": "2020-05-13T14:39:50.149+00:00",
            "filename": "original-filename.jpg",
            "size": 562,
            "ttl": 12338
          },
          {
            "id": "f629a052-a827-44d9-97cf-3902504edc79",
            "creation_date": "2020-05-18T08:35:18.796+00:00",
            "filename": "original-filename2.jpg",
            "size": 3439,
            "ttl": 259200
          }
        ]
        ```"""
        return self.api_client.call(
            _BLOBS_LIST, (project_name, range, creation_date), _options
        ).data

    @_validated
    def blobs_list_with_http_info(
        self,
        project_name: StrictStr,
        range: Optional[StrictInt] = None,
        creation_date: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BlobList]]:
        """Like `blobs_list`, with status code, headers and raw body too."""
        return self.api_client.call(_BLOBS_LIST, (project_name, range, creation_date), _options)

    @_validated
    def blobs_list_without_preload_content(
        self,
        project_name: StrictStr,
        range: Optional[StrictInt] = None,
        creation_date: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `blobs_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_BLOBS_LIST, (project_name, range, creation_date), _options)

    @_validated
    def configurations_list(self, **_options: Unpack[RequestOptions]) -> list[ConfigurationList]:
        """List available connector configurations

        ### Description
        Get the details of available connectors. The configuration parameters for both the connectors and their corresponding credentials are returned with the required names and data types. These parameters must be provided when creating credentials and connectors.
        If a new connector is supported, the necessary configuration parameters can be accessed with this method.

        ### Response Structure
        Details of the available connectors and their credentials
        - `connector`: Name of the connector
        - `connector_type`: Type of the connector. It can be either structured or blob depending on what type of data is supported by the connector.
        - `connector_configuration`: A dictionary with the following keys:
            - `parameter`: Name of the parameter necessary for the connector configuration
            - `name`: Descriptive name of the parameter
            - `description`: A description of the parameter
            - `input_field`: The HTML input field type for the UI
            - `default`: The default value for the parameter
            - `protected`: A boolean field to indicate if the parameter should be kept as hidden.
            - `regex`: The regex that is used to validate the parameter
        - `credentials_configuration`: A dictionary with the following keys:
            - `parameter`: Name of the parameter necessary for the credentials configuration
            - `name`: Descriptive name of the parameter
            - `description`: A description of the parameter
            - `input_field`: The HTML input field type for the UI
            - `default`: The default value for the parameter
            - `protected`: A boolean field to indicate if the parameter should be kept as hidden.
            - `regex`: The regex that is used to validate the parameter"""
        return self.api_client.call(_CONFIGURATIONS_LIST, (), _options).data

    @_validated
    def configurations_list_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ConfigurationList]]:
        """Like `configurations_list`, with status code, headers and raw body too."""
        return self.api_client.call(_CONFIGURATIONS_LIST, (), _options)

    @_validated
    def configurations_list_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `configurations_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_CONFIGURATIONS_LIST, (), _options)

    @_validated
    def connectors_create(
        self,
        project_name: StrictStr,
        data: Union[ConnectorCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ConnectorList:
        """Create a connector

        ### Description
        Create a connector by defining its necessary configuration parameters. Connectors use a reference to credentials which will be used in authentication.

        The type of a connector can be either a blob or structured. This input type is inferred from the given *type* field. For example, an aws_s3 connector is of type blob while a postgresql connector is structured.
        For the **blob** type connectors, a default field is created with the name *blob* and data type *blob*. When blob connectors are attached in a pipeline, this field must be used in the mapping. It is not possible to define other fields for blob connectors.

        ### Required Parameters
        - `name`: Name of the connector. It is unique within a project.
        - `type`: Type of the connector. It should be one of the supported connectors such as aws_s3, postgresql and gcp_cloud_storage. The full list of supported connectors can be obtained from */config/connectors* endpoint.
        - `credentials`: Name of referenced credentials
        - `configuration`: A dictionary which should contain the fields necessary for the given type

        ### Optional Parameters
        - `input_fields`: A list of connector fields with name and data_type. For example, for postgresql type of connector, these fields correspond to the columns of a table. In case of blob connectors, the input_fields should be omitted or given as an empty list. For structured connectors, they must be provided.

        #### Request Examples
        A postgresql connector
        ```
        {
          "name": "postgresql-connector",
          "type": "postgresql",
          "credentials": "postgresql-credentials",
          "configuration": {
            "database": "database-1",
            "schema": "public",
            "table": "table-1"
          },
          "input_fields": [
            {
              "name": "field-1",
              "data_type": "int"
            },
             {
              "name": "field-2",
              "data_type": "double"
            }
          ]
        }
        ```

        ### Response Structure
        Details of the created connector
        - `id`: Unique identifier for the connector (UUID)
        - `name`: Name of the connector
        - `type`: Type of the connector
        - `input_type`: Type of the connector according to the type field. It can be either structured or blob.
        - `project`: Project name in which the connector is created
        - `credentials`: Name of referenced credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `input_fields`: A list of connector fields with name and data_type
        - `status`: The state of the connector. It is initialized as pending_verification.
        - `error_message`: The error message which explains why the connector has failed verification. It is empty if the connector is available.
        - `creation_date`: The date when the connector was created
        - `last_updated`: The date when the connector was last updated

        #### Response Examples
        ```
        {
          "id": "e0342249-853c-4879-bd08-5cd1af572d7e",
          "name": "postgresql-connector",
          "type": "postgresql",
          "input_type": "structured",
          "status": "pending_verification",
          "error_message": "",
          "project": "project-1",
          "credentials": "postgresql-credentials",
          "configuration": {
            "database": "database-1",
            "schema": "public",
            "table": "table-1"
          },
          "input_fields": [
            {
              "name": "field-1",
              "data_type": "int"
            },
             {
              "name": "field-2",
              "data_type": "double"
            }
          ],
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-05-12T16:23:15.456812Z"
        }
        ```"""
        return self.api_client.call(_CONNECTORS_CREATE, (project_name, data), _options).data

    @_validated
    def connectors_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[ConnectorCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ConnectorList]:
        """Like `connectors_create`, with status code, headers and raw body too."""
        return self.api_client.call(_CONNECTORS_CREATE, (project_name, data), _options)

    @_validated
    def connectors_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[ConnectorCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `connectors_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(_CONNECTORS_CREATE, (project_name, data), _options)

    @_validated
    def connectors_delete(
        self, project_name: StrictStr, connector_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete connectors

        Delete a connector in a project"""
        self.api_client.call(_CONNECTORS_DELETE, (project_name, connector_name), _options)

    @_validated
    def connectors_delete_with_http_info(
        self, project_name: StrictStr, connector_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `connectors_delete`, with status code, headers and raw body too."""
        return self.api_client.call(_CONNECTORS_DELETE, (project_name, connector_name), _options)

    @_validated
    def connectors_delete_without_preload_content(
        self, project_name: StrictStr, connector_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `connectors_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _CONNECTORS_DELETE, (project_name, connector_name), _options
        )

    @_validated
    def connectors_get(
        self, project_name: StrictStr, connector_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ConnectorList:
        """Get connectors

        ### Description
        Get the details of a single connector

        ### Response Structure
        Details of the connector
        - `id`: Unique identifier for the connector (UUID)
        - `name`: Name of the connector
        - `type`: Type of the connector
        - `input_type`: Type of the connector according to the type field. It can be either structured or blob.
        - `project`: Project name in which the connector is defined
        - `credentials`: Name of referenced credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `input_fields`: A list of connector fields with name and data_type
        - `status`: The state of the connector. It can be pending_verification, failed_verification or available.
        - `error_message`: The error message which explains why the connector has failed verification. It is empty if the connector is available.
        - `creation_date`: The date when the connector was created
        - `last_updated`: The date when the connector was last updated

        #### Response Examples
        ```
        {
          "id": "662c326c-a560-4322-8ed3-1229224257c43",
          "name": "s3-connector",
          "type": "aws_s3",
          "input_type": "blob",
          "status": "available",
          "error_message": "",
          "project": "project-1",
          "credentials": "s3-credentials",
          "configuration": {
            "bucket": "bucket-name",
            "path_prefix": "blob"
          },
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-06-22T18:04:76.123754Z"
        }
        ```"""
        return self.api_client.call(_CONNECTORS_GET, (project_name, connector_name), _options).data

    @_validated
    def connectors_get_with_http_info(
        self, project_name: StrictStr, connector_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ConnectorList]:
        """Like `connectors_get`, with status code, headers and raw body too."""
        return self.api_client.call(_CONNECTORS_GET, (project_name, connector_name), _options)

    @_validated
    def connectors_get_without_preload_content(
        self, project_name: StrictStr, connector_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `connectors_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(_CONNECTORS_GET, (project_name, connector_name), _options)

    @_validated
    def connectors_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[ConnectorList]:
        """List connectors

        ### Description
        List the connectors in a project

        ### Response Structure
        A list of details of the connectors in the project
        - `id`: Unique identifier for the connector (UUID)
        - `name`: Name of the connector
        - `type`: Type of the connector
        - `input_type`: Type of the connector according to type field. It can be either structured or blob.
        - `project`: Project name in which the connector is defined
        - `credentials`: Name of referenced credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `input_fields`: A list of connector fields with name and data_type
        - `status`: The state of the connector. It can be pending_verification, failed_verification or available.
        - `error_message`: The error message which explains why the connector has failed verification. It is empty if the connector is available.
        - `creation_date`: The date when the connector was created
        - `last_updated`: The date when the connector was last updated

        #### Response Examples
        ```
        [
          {
            "id": "662c326c-a560-4322-8ed3-1229224257c43",
            "name": "s3-connector",
            "type": "aws_s3",
            "input_type": "blob",
            "status": "available",
            "error_message": "",
            "project": "project-1",
            "credentials": "s3-credentials",
            "configuration": {
              "bucket": "bucket-name",
              "path_prefix": "blob"
            },
            "creation_date": "2020-03-24T09:43:51.791253Z",
            "last_updated": "2020-05-19T11:52:21.163270Z"
          },
          {
            "id": "e0342249-853c-4879-bd08-5cd1af572d7e",
            "name": "postgresql-connector",
            "type": "postgresql",
            "input_type": "structured",
            "status": "available",
            "error_message": "",
            "project": "project-1",
            "credentials": "postgresql-credentials",
            "configuration": {
              "database": "database-1",
              "schema": "public",
              "table": "table-1"
            },
            "input_fields": [
              {
                "name": "field-1",
                "data_type": "int"
              },
              {
                "name": "field-2",
                "data_type": "double"
              }
            ],
            "creation_date": "2020-05-12T16:23:15.456812Z",
            "last_updated": "2020-06-22T18:04:76.123754Z"
          }
        ]
        ```"""
        return self.api_client.call(_CONNECTORS_LIST, (project_name,), _options).data

    @_validated
    def connectors_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ConnectorList]]:
        """Like `connectors_list`, with status code, headers and raw body too."""
        return self.api_client.call(_CONNECTORS_LIST, (project_name,), _options)

    @_validated
    def connectors_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `connectors_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_CONNECTORS_LIST, (project_name,), _options)

    @_validated
    def connectors_update(
        self,
        project_name: StrictStr,
        connector_name: StrictStr,
        data: Union[ConnectorUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ConnectorList:
        """Update connectors

        ### Description
        Update a connector in a project. When updating, all necessary fields are validated again. It is not possible to update the **type** of a connector.

        ### Optional Parameters
        - `name`: New name for the connector
        - `credentials`: A new credentials name to be referenced
        - `configuration`: A new dictionary with new values for credentials configuration. This dictionary may contain a subset of the necessary parameters for the credentials type. Only the given parameters are updated and the rest is kept at their old values.
        - `input_fields`: The old fields are changed with the new ones. If one or more old fields wanted to be kept for the connector, they must be provided again.

        #### Request Examples
        ```
        {
          "name": "new-connector-name"
        }
        ```

        ```
        {
          "configuration": {
            "bucket": "new-bucket-name",
            "path_prefix": "new-blob"
          }
        }
        ```

        ```
        {
          "credentials": "new-credentials-name"
        }
        ```

        ```
        {
          "input_fields": [
            {
              "name": "new-connector-field-1",
              "data_type": "double"
            },
            {
              "name": "new-connector-field-2",
              "data_type": "array_int"
            }
          ]
        }
        ```

        ### Response Structure
        Details of the updated connector
        - `id`: Unique identifier for the connector (UUID)
        - `name`: Name of the connector
        - `type`: Type of the connector
        - `input_type`: Type of the connector according to the type field. It can be either structured or blob.
        - `project`: Project name in which the connector is defined
        - `credentials`: Name of referenced credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `input_fields`: A list of connector fields with name and data_type
        - `status`: The state of the connector. If the configuration parameters are updated, the connector is verified again.
        - `error_message`: The error message which explains why the connector has failed verification. It is empty if the connector is available.
        - `creation_date`: The date when the connector was created
        - `last_updated`: The date when the connector was last updated

        #### Response Examples
        ```
        {
          "id": "662c326c-a560-4322-8ed3-1229224257c43",
          "name": "new-s3-connector",
          "type": "aws_s3",
          "input_type": "blob",
          "status": "available",
          "error_message": "",
          "project": "project-1",
          "credentials": "s3-credentials",
          "configuration": {
            "bucket": "new-bucket-name",
            "path_prefix": "blob"
          },
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-06-22T18:04:76.123754Z"
        }
        ```"""
        return self.api_client.call(
            _CONNECTORS_UPDATE, (project_name, connector_name, data), _options
        ).data

    @_validated
    def connectors_update_with_http_info(
        self,
        project_name: StrictStr,
        connector_name: StrictStr,
        data: Union[ConnectorUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ConnectorList]:
        """Like `connectors_update`, with status code, headers and raw body too."""
        return self.api_client.call(
            _CONNECTORS_UPDATE, (project_name, connector_name, data), _options
        )

    @_validated
    def connectors_update_without_preload_content(
        self,
        project_name: StrictStr,
        connector_name: StrictStr,
        data: Union[ConnectorUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `connectors_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _CONNECTORS_UPDATE, (project_name, connector_name, data), _options
        )

    @_validated
    def credentials_create(
        self,
        project_name: StrictStr,
        data: Union[CredentialsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> CredentialsList:
        """Create credentials

        ### Description
        Create a new credentials by defining its necessary configuration parameterss

        ### Required Parameters
        - `name`: Name of the credentials. It is unique within a project.
        - `type`: Type of the credentials. It should be one of the supported connectors such as aws_s3, postgresql and gcp_cloud_storage.
        - `configuration`: A dictionary which should contain the fields necessary for the given type

        #### Request Examples
        ```
        {
          "name": "s3-credentials",
          "type": "aws_s3",
          "configuration": {
            "access_key": "access_key",
            "secret_key": "secret_key",
            "region": "eu-central-1"
          }
        }
        ```

        ### Response Structure
        Details of the created credentials
         - `id`: Unique identifier for the credentials (UUID)
         - `name`: Name of the credentials
         - `project`: Project name in which the credentials is created
         - `type`: Type of the credentials
         - `reference_count`: The number of connectors using this credentials. It is initialised as 0 when it is created.
         - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
         - `status`: The state of the credentials. It is initialized as pending_verification.
         - `error_message`: The error message which explains why the credentials has failed verification. It is empty if the credentials is available.
         - `creation_date`: The date when the credentials was created
         - `last_updated`: The date when the credentials was last updated

        #### Response Examples
        ```
        {
          "id": "da4da757-373c-4cab-948e-90ff4ab2e9c3",
          "name": "s3-credentials",
          "project": "project-1",
          "type": "aws_s3",
          "status": "pending_verification",
          "error_message": "",
          "reference_count": 0,
          "configuration": {
            "access_key": null,
            "secret_key": null,
            "region": "eu-central-1"
          },
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-05-12T16:23:15.456812Z"
        }
        ```"""
        return self.api_client.call(_CREDENTIALS_CREATE, (project_name, data), _options).data

    @_validated
    def credentials_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[CredentialsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[CredentialsList]:
        """Like `credentials_create`, with status code, headers and raw body too."""
        return self.api_client.call(_CREDENTIALS_CREATE, (project_name, data), _options)

    @_validated
    def credentials_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[CredentialsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `credentials_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(_CREDENTIALS_CREATE, (project_name, data), _options)

    @_validated
    def credentials_delete(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete credentials

        ### Description
        Delete a credentials. If there is a reference to the credentials from a connector, it is **not possible to delete** the credentials. The reference should be removed first.
        """
        self.api_client.call(_CREDENTIALS_DELETE, (project_name, credentials_name), _options)

    @_validated
    def credentials_delete_with_http_info(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `credentials_delete`, with status code, headers and raw body too."""
        return self.api_client.call(_CREDENTIALS_DELETE, (project_name, credentials_name), _options)

    @_validated
    def credentials_delete_without_preload_content(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `credentials_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _CREDENTIALS_DELETE, (project_name, credentials_name), _options
        )

    @_validated
    def credentials_get(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> CredentialsListWithConfig:
        """Get credentials

        ### Description
        Get the details of a single credentials

        ### Response Structure
        Details of the credentials
        - `id`: Unique identifier for the credentials (UUID)
        - `name`: Name of the credentials
        - `project`: Project name in which the credentials is defineds
        - `type`: Type of the credentials
        - `reference_count`: The number of connectors using the credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `status`: The state of the credentials. It can be pending_verification, failed_verification or available.
        - `error_message`: The error message which explains why the credentials has failed verification. It is empty if the credentials is available.
        - `creation_date`: The date when the credentials was created
        - `last_updated`: The date when the credentials was last updated

        #### Response Examples
        ```
        {
          "id": "e07b3715-71c9-4a49-a8e5-179cf4778086",
          "name": "postgresql-credentials",
          "project": "project-1",
          "type": "postgresql",
          "status": "available",
          "error_message": "",
          "reference_count": 2,
          "configuration": {
            "username": "user",
            "password": null,
            "host": "host",
            "port": "1234"
          },
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-06-22T18:04:76.123754Z"
        }
        ```"""
        return self.api_client.call(
            _CREDENTIALS_GET, (project_name, credentials_name), _options
        ).data

    @_validated
    def credentials_get_with_http_info(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[CredentialsListWithConfig]:
        """Like `credentials_get`, with status code, headers and raw body too."""
        return self.api_client.call(_CREDENTIALS_GET, (project_name, credentials_name), _options)

    @_validated
    def credentials_get_without_preload_content(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `credentials_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _CREDENTIALS_GET, (project_name, credentials_name), _options
        )

    @_validated
    def credentials_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[CredentialsList]:
        """List credentials

        ### Description
        List all the sets of credentials in a project

        ### Response Structure
        A list of details of the credentials in the project
        - `id`: Unique identifier for the credentials (UUID)
        - `name`: Name of the credentials
        - `project`: Project name in which the credentials is defined
        - `type`: Type of the credentials
        - `reference_count`: The number of connectors using the credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `status`: The state of the credentials. It can be pending_verification, failed_verification or available.
        - `error_message`: The error message which explains why the credentials has failed verification. It is empty if the credentials is available.
        - `creation_date`: The date when the credentials was created
        - `last_updated`: The date when the credentials was last updated

        #### Response Examples
        ```
        [
          {
            "id": "da4da757-373c-4cab-948e-90ff4ab2e9c3",
            "name": "s3-credentials",
            "project": "project-1",
            "type": "aws_s3",
            "status": "available",
            "error_message": "",
            "reference_count": 1,
            "configuration": {
              "access_key": null,
              "secret_key": null,
              "region": "eu-central-1"
            },
            "creation_date": "2020-03-24T09:43:51.791253Z",
            "last_updated": "2020-05-19T11:52:21.163270Z"
          },
          {
            "id": "e07b3715-71c9-4a49-a8e5-179cf4778086",
            "name": "postgresql-credentials",
            "project": "project-1",
            "type": "postgresql",
            "status": "available",
            "error_message": "",
            "reference_count": 2,
            "configuration": {
              "username": "user",
              "password": null,
              "host": "host",
              "port": "1234"
            },
            "creation_date": "2020-05-12T16:23:15.456812Z",
            "last_updated": "2020-06-22T18:04:76.123754Z"
          }
        ]
        ```"""
        return self.api_client.call(_CREDENTIALS_LIST, (project_name,), _options).data

    @_validated
    def credentials_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[CredentialsList]]:
        """Like `credentials_list`, with status code, headers and raw body too."""
        return self.api_client.call(_CREDENTIALS_LIST, (project_name,), _options)

    @_validated
    def credentials_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `credentials_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_CREDENTIALS_LIST, (project_name,), _options)

    @_validated
    def credentials_update(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        data: Union[CredentialsUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> CredentialsListWithConfig:
        """Update credentials

        ### Description
        Update a credentials. It is not possible to update the type of a credentials. All necessary fields are validated again.

        ### Optional Parameters
        - `name`: New name for the credentials
        - `configuration`: A new dictionary with new values for credentials configuration. This dictionary may contain a subset of the necessary parameters for the credentials type. Only the given parameters are updated and the rest is kept at their old values.

        #### Request Examples
        ```
        {
          "name": "new-credentials-name"
        }
        ```

        ```
        {
          "configuration": {
            "username": "new_user",
            "password": "new_secret_password",
            "host": "new_host",
            "port": "1234"
          }
        }
        ```

        ### Response Structure
        Details of the updated credentials
        - `id`: Unique identifier for the credentials (UUID)
        - `name`: Name of the credentials
        - `project`: Project name in which the credentials is defined
        - `type`: Type of the credentials
        - `reference_count`: The number of connectors using the credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `status`: The state of the credentials. If the configuration parameters are updated, the connector is verified again. If there is a connector referencing this credentials, it is also verified again with the updated configuration.
        - `error_message`: The error message which explains why the credentials has failed verification. It is empty if the credentials is available.
        - `creation_date`: The date when the credentials was created
        - `last_updated`: The date when the credentials was last updated

        #### Response Examples
        ```
        {
          "id": "e07b3715-71c9-4a49-a8e5-179cf4778086",
          "name": "postgresql-credentials",
          "project": "project-1",
          "type": "postgresql",
          "status": "pending_verification",
          "error_message": "",
          "reference_count": 2,
          "configuration": {
            "username": "new_user",
            "password": null,
            "host": "new_host",
            "port": "1234"
          },
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-06-22T18:04:76.123754Z"
        }
        ```"""
        return self.api_client.call(
            _CREDENTIALS_UPDATE, (project_name, credentials_name, data), _options
        ).data

    @_validated
    def credentials_update_with_http_info(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        data: Union[CredentialsUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[CredentialsListWithConfig]:
        """Like `credentials_update`, with status code, headers and raw body too."""
        return self.api_client.call(
            _CREDENTIALS_UPDATE, (project_name, credentials_name, data), _options
        )

    @_validated
    def credentials_update_without_preload_content(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        data: Union[CredentialsUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `credentials_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _CREDENTIALS_UPDATE, (project_name, credentials_name, data), _options
        )

    @_validated
    def metrics_get(
        self,
        project_name: StrictStr,
        metric: StrictStr,
        start_time: StrictStr,
        end_time: StrictStr,
        object_type: StrictStr,
        interval: Optional[StrictStr] = None,
        object_id: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[Metrics]:
        """Get metrics

        ### Description
        Get metrics for the project or a specified object. The following metrics are available:

        Metrics on pipeline level:
         - `requests`: Number of requests made to the object
         - `input_volume`: Volume of incoming data in bytes
         - `object_requests`: Number of requests made to objects in the pipeline

        Metrics on model version level:
         - `requests`: Number of requests made to the object
         - `input_volume`: Volume of incoming data in bytes
         - `output_volume`: Volume of outgoing data in bytes
         - `outputs`: Number of outgoing data items
         - `compute`: Time in seconds for a model request to complete
         - `instances`: Number of active model instances
         - `gb_seconds`: Usage of GB seconds, calculated by multiplying the model memory sizes in GB by the number of seconds the models are running
         - `active_time`: Time in seconds that the model is active

        Metrics on connector level:
         - `requests`: Number of requests made to the object
         - `volume`: Volume of incoming data in bytes

        ### Required Parameters
        - `start_time`: Starting time for the metric values to be returned. It should be provided in datetime isoformat.
        - `end_time`: Ending time for the metric values to be returned. It should be provided in datetime isoformat.
        - `object_type`: The type of the object for which the metrics are requested. It can be either `model_version`, `connector` or `pipeline`.

        ### Optional Parameters
        - `interval`: Interval for the metric value. It can be minute, hour, day or month. The metric values will be aggregated according to this interval. The default value is hour.
        - `object_id`: Uuid of the specific object for which the metrics are requested. When it is not provided, the metrics are aggregated for the given `object_type`.

        ### Response Structure
        - `start_time`: Timestamp denoting the start of the period over which the metric was measured
        - `end_time`: Timestamp denoting the end of the period over which the metric was measured
        - `value`: Aggregated metric value for the given interval

        #### Response Examples
        With interval as minute, start_time as 2019-11-13 12:00:00 and end_time as 2019-11-13 12:03:00
        ```
        [
          {
            "start_time": "2019-11-13T12:00:00+00:00",
            "end_time": "2019-11-13T12:01:00+00:00",
            "value": 100
          },
          {
            "start_time": "2019-11-13T12:01:00+00:00",
            "end_time": "2019-11-13T12:02:00+00:00",
            "value": 134
          },
          {
            "start_time": "2019-11-13T12:02:00+00:00",
            "end_time": "2019-11-13T12:03:00+00:00",
            "value": 112
          }
        ]

        ```

        With interval as hour, start_time as 2019-11-13 12:00:00 and end_time as 2019-11-13 14:00:00
        ```
        [
          {
           "start_time": "2019-11-13T12:00:00+00:00",
           "end_time": "2019-11-13T13:00:00+00:00",
           "value": 92
          },
          {
            "start_time": "2019-11-13T13:00:00+00:00",
            "end_time": "2019-11-13T14:00:00+00:00",
            "value": 120
          },
          {
            "start_time": "2019-11-13T14:00:00+00:00",
            "end_time": "2019-11-13T15:00:00+00:00",
            "value": 0
          }
        ]
        ```

        With interval as day, start_time as 2019-11-13 12:00:00 and end_time as 2019-11-14 12:00:00
        ```
        [
          {
           "start_time": "2019-11-13T00:00:00+00:00",
           "end_time": "2019-11-14T00:00:00+00:00",
           "value": 528
          },
          {
            "start_time": "2019-11-14T00:00:00+00:00",
            "end_time": "2019-11-15T00:00:00+00:00",
            "value": 342
          }
        ]
        ```

        With interval as month, start_time as 2019-11-13 12:00:00 and end_time as 2019-12-13 12:00:00
        ```
        [
          {
           "start_time": "2019-11-01T00:00:00+00:00",
           "end_time": "2019-12-01T00:00:00+00:00",
           "value": 1983
          }
        ]
        ```"""
        return self.api_client.call(
            _METRICS_GET,
            (project_name, metric, start_time, end_time, object_type, interval, object_id),
            _options,
        ).data

    @_validated
    def metrics_get_with_http_info(
        self,
        project_name: StrictStr,
        metric: StrictStr,
        start_time: StrictStr,
        end_time: StrictStr,
        object_type: StrictStr,
        interval: Optional[StrictStr] = None,
        object_id: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[Metrics]]:
        """Like `metrics_get`, with status code, headers and raw body too."""
        return self.api_client.call(
            _METRICS_GET,
            (project_name, metric, start_time, end_time, object_type, interval, object_id),
            _options,
        )

    @_validated
    def metrics_get_without_preload_content(
        self,
        project_name: StrictStr,
        metric: StrictStr,
        start_time: StrictStr,
        end_time: StrictStr,
        object_type: StrictStr,
        interval: Optional[StrictStr] = None,
        object_id: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `metrics_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _METRICS_GET,
            (project_name, metric, start_time, end_time, object_type, interval, object_id),
            _options,
        )

    @_validated
    def model_environment_variables_create(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Create model environment variable

        ### Description
        Create an environment variable for the model. This variable will be inherited by all versions of this model. Variables inherited from the project can be shadowed by creating a variable with the same name.

        ### Required Parameters
        - `name`: The name of the variable. The variable will have this name when accessed from your model code. The variable name should contain only letters and underscores, and not start or end with an underscore.
        - `value`: The value of the variable as a string. It may be an empty string ("").
        - `secret`: If this variable contains sensitive information, set this to true to hide it from other users.

        #### Request Examples
        ```
        {
          "name": "model_variable_a",
          "value": "some_value",
          "secret": false
        }
        ```

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        {
        "id": "7c28a2be-507e-4fae-981d-54e94f22dab0",
        "name": "model_variable_a",
        "value": "some_value",
        "secret": false
        }
        ```"""
        return self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_CREATE, (project_name, model_name, data), _options
        ).data

    @_validated
    def model_environment_variables_create_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `model_environment_variables_create`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_CREATE, (project_name, model_name, data), _options
        )

    @_validated
    def model_environment_variables_create_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_environment_variables_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_ENVIRONMENT_VARIABLES_CREATE, (project_name, model_name, data), _options
        )

    @_validated
    def model_environment_variables_delete(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete model environment variable

        ### Description
        Delete an environment variable of the model"""
        self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_DELETE, (project_name, id, model_name), _options
        )

    @_validated
    def model_environment_variables_delete_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `model_environment_variables_delete`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_DELETE, (project_name, id, model_name), _options
        )

    @_validated
    def model_environment_variables_delete_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_environment_variables_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_ENVIRONMENT_VARIABLES_DELETE, (project_name, id, model_name), _options
        )

    @_validated
    def model_environment_variables_get(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Get model environment variable

        ### Description
        Retrieve details of a model environment variable. This cannot be used to retrieve details of inherited variables.

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        [
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false
          }
        ]
        ```"""
        return self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_GET, (project_name, id, model_name), _options
        ).data

    @_validated
    def model_environment_variables_get_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `model_environment_variables_get`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_GET, (project_name, id, model_name), _options
        )

    @_validated
    def model_environment_variables_get_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_environment_variables_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_ENVIRONMENT_VARIABLES_GET, (project_name, id, model_name), _options
        )

    @_validated
    def model_environment_variables_list(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[InheritedEnvironmentVariableList]:
        """List model environment variables

        ### Description
        List the environment variables defined for the model. Includes environment variables defined at project level.

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information
        - `inheritance_type`: Type of parent object that this variable is inherited from - can be `project` or empty if the variable was defined for the model directly
        - `inheritance_name`: Name of the parent object that this variable is inherited from - will be empty if the variable was defined for the model directly

        #### Response Examples
        ```
        [
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false,
            "inheritance_type": "",
            "inheritance_name": ""
          },
          {
            "id": "06c2c8be-507e-4fae-981d-54e94f22dab0",
            "name": "database_password",
            "value": null,
            "secret": true,
            "inheritance_type": "project",
            "inheritance_name": "project_name"
          }
        ]
        ```"""
        return self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_LIST, (project_name, model_name), _options
        ).data

    @_validated
    def model_environment_variables_list_with_http_info(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[InheritedEnvironmentVariableList]]:
        """Like `model_environment_variables_list`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_LIST, (project_name, model_name), _options
        )

    @_validated
    def model_environment_variables_list_without_preload_content(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `model_environment_variables_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_ENVIRONMENT_VARIABLES_LIST, (project_name, model_name), _options
        )

    @_validated
    def model_environment_variables_update(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Update model environment variable

        ### Description
        Update an environment variable for the model. This cannot be used to update inherited variables; to change an inherited variable for a specific model you can create a variable with the same name for the model.

        ### Required Parameters
        - `name`: The name of the variable. The variable will have this name when accessed from your model code. The variable name should contain only letters and underscores, and not start or end with an underscore.
        - `value`: The value of the variable as a string. It may be an empty string ("").
        - `secret`: If this variable contains sensitive information, set this to true to hide it from other users. Can be updated from false to true, but not from true to false (i.e. secrets will stay secrets).

        #### Request Examples
        ```
        {
          "name": "model_variable_a",
          "value": "some new value",
          "secret": false
        }
        ```

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        {
          "id": "7c28a2be-507e-4fae-981d-54e94f22dab0",
          "name": "model_variable_a",
          "value": "some new value",
          "secret": false
        }
        ```"""
        return self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_UPDATE, (project_name, id, model_name, data), _options
        ).data

    @_validated
    def model_environment_variables_update_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `model_environment_variables_update`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_UPDATE, (project_name, id, model_name, data), _options
        )

    @_validated
    def model_environment_variables_update_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_environment_variables_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_ENVIRONMENT_VARIABLES_UPDATE, (project_name, id, model_name, data), _options
        )

    @_validated
    def model_requests_create(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[ModelRequestCreate, dict[str, Any]],
        timeout: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ModelRequestList:
        """Create model requests

        ### Description
        Request a prediction from a model. Model requests are made for a specific version of a model. It is only possible to make a model request if a model file is uploaded for that model version and the model build has succeeded (meaning that the model version is in available state).
        In case of a **blob** field, the uuid of a previously uploaded blob must be provided.

        ### Required Parameters
        A dictionary which contains the input fields of the model as keys

        ### Optional Parameters
        These parameters should be given as GET parameters
        - `timeout`: Timeout for the model request in seconds. The maximum allowed value is 3600 and the default value is 300.

        #### Request Examples
        ```
        {
          "model-input-field-1": 5.0,
          "model-input-field-2": "N",
          "model-input-field-3": [0.25, 0.25, 2.1, 16.3]
        }
        ```

        ```
        {
          "input-field-1": 5.0,
          "blob-input-field": "f52ff875-4980-4d71-9798-a469ef8cece2"
        }
        ```

        ### Response Structure
        Details of the created model request
        - `request_id`: Unique identifier for the model request
        - `success`: A boolean value that indicates whether the model request was successful
        - `result`: Model request result value. NULL if the request failed.
        - `error_message`: An error message explaining why the request has failed. NULL if the request was successful.

        #### Response Examples
        A failed model request
        ```
        {
          "request_id": "edcf07b5-ae15-46e6-ba29-daeed53eaa61",
          "success": false,
          "result": None,
          "error_message": "Asset ID not supported"
        }
        ```

        A successful model request
        ```
        {
          "request_id": "b98a6d68-3173-409a-9e6e-a56804045a9c",
          "success": true,
          "result": {
            "model-output-field-1": "2.1369",
            "model-output-field-2": "5.5832",
          },
          "error_message": None
        }
        ```"""
        return self.api_client.call(
            _MODEL_REQUESTS_CREATE, (project_name, model_name, version, data, timeout), _options
        ).data

    @_validated
    def model_requests_create_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[ModelRequestCreate, dict[str, Any]],
        timeout: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelRequestList]:
        """Like `model_requests_create`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_REQUESTS_CREATE, (project_name, model_name, version, data, timeout), _options
        )

    @_validated
    def model_requests_create_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[ModelRequestCreate, dict[str, Any]],
        timeout: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_requests_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_REQUESTS_CREATE, (project_name, model_name, version, data, timeout), _options
        )

    @_validated
    def model_version_environment_variables_create(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Create model version environment variable

        ### Description
        Create an environment variable for the model version. Variables inherited from the project or model can be shadowed by creating a variable with the same name.

        ### Required Parameters
        - `name`: The name of the variable. The variable will have this name when accessed from your model code. The variable name should contain only letters and underscores, and not start or end with an underscore.
        - `value`: The value of the variable as a string. It may be an empty string ("").
        - `secret`: If this variable contains sensitive information, set this to true to hide it from other users.

        #### Request Examples
        ```
        {
          "name": "version_variable",
          "value": "another one",
          "secret": false
        }
        ```

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        {
          "id": "54e94fbe-507e-4fae-981d-227c28a2dab0",
          "name": "version_variable",
          "value": "another one",
          "secret": false
        }
        ```"""
        return self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_CREATE,
            (project_name, model_name, version, data),
            _options,
        ).data

    @_validated
    def model_version_environment_variables_create_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `model_version_environment_variables_create`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_CREATE,
            (project_name, model_name, version, data),
            _options,
        )

    @_validated
    def model_version_environment_variables_create_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_version_environment_variables_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_CREATE,
            (project_name, model_name, version, data),
            _options,
        )

    @_validated
    def model_version_environment_variables_delete(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete model version environment variable

        ### Description
        Delete an environment variable of the model version"""
        self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_DELETE,
            (project_name, id, model_name, version),
            _options,
        )

    @_validated
    def model_version_environment_variables_delete_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `model_version_environment_variables_delete`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_DELETE,
            (project_name, id, model_name, version),
            _options,
        )

    @_validated
    def model_version_environment_variables_delete_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_version_environment_variables_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_DELETE,
            (project_name, id, model_name, version),
            _options,
        )

    @_validated
    def model_version_environment_variables_get(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Get model version environment variable

        ### Description
        Retrieve details of a model version environment variable. This cannot be used to retrieve details of inherited variables.

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        [
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false
          }
        ]
        ```"""
        return self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_GET,
            (project_name, id, model_name, version),
            _options,
        ).data

    @_validated
    def model_version_environment_variables_get_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `model_version_environment_variables_get`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_GET,
            (project_name, id, model_name, version),
            _options,
        )

    @_validated
    def model_version_environment_variables_get_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_version_environment_variables_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_GET,
            (project_name, id, model_name, version),
            _options,
        )

    @_validated
    def model_version_environment_variables_list(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> list[InheritedEnvironmentVariableList]:
        """List model version environment variables

        ### Description
        List the environment variables defined for the model version. Includes environment variables defined at project level and model level.

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information
        - `inheritance_type`: Type of parent object that this variable is inherited from - can be `project`, `model`, or empty if the variable was defined for the model version directly
        - `inheritance_name`: Name of the parent object that this variable is inherited from - will be empty if the variable was defined for the model version directly

        #### Response Examples
        ```
        [
          {
            "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "name": "version_specific_variable",
            "value": "some_value",
            "secret": false,
            "inheritance_type": "",
            "inheritance_name": ""
          },
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false,
            "inheritance_type": "model",
            "inheritance_name": "model_name"
          },
          {
            "id": "06c2c8be-507e-4fae-981d-54e94f22dab0",
            "name": "database_password",
            "value": null,
            "secret": true,
            "inheritance_type": "project",
            "inheritance_name": "project_name"
          }
        ]
        ```"""
        return self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_LIST, (project_name, model_name, version), _options
        ).data

    @_validated
    def model_version_environment_variables_list_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[InheritedEnvironmentVariableList]]:
        """Like `model_version_environment_variables_list`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_LIST, (project_name, model_name, version), _options
        )

    @_validated
    def model_version_environment_variables_list_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_version_environment_variables_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_LIST, (project_name, model_name, version), _options
        )

    @_validated
    def model_version_environment_variables_update(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Update model version environment variable

        ### Description
        Update an environment variable for the model version. This cannot be used to update inherited variables; to change an inherited variable for a specific version you can create a variable with the same name for the version.

        ### Required Parameters
        - `name`: The name of the variable. The variable will have this name when accessed from your model code. The variable name should contain only letters and underscores, and not start or end with an underscore.
        - `value`: The value of the variable as a string. It may be an empty string ("").
        - `secret`: If this variable contains sensitive information, set this to true to hide it from other users. Can be updated from false to true, but not from true to false (i.e. secrets will stay secrets).

        #### Request Examples
        ```
        {
          "name": "version_variable",
          "value": "yet another one",
          "secret": false
        }
        ```

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        {
          "id": "54e94fbe-507e-4fae-981d-227c28a2dab0",
          "name": "version_variable",
          "value": "yet another one",
          "secret": false
        }
        ```"""
        return self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_UPDATE,
            (project_name, id, model_name, version, data),
            _options,
        ).data

    @_validated
    def model_version_environment_variables_update_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `model_version_environment_variables_update`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_UPDATE,
            (project_name, id, model_name, version, data),
            _options,
        )

    @_validated
    def model_version_environment_variables_update_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_version_environment_variables_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_UPDATE,
            (project_name, id, model_name, version, data),
            _options,
        )

    @_validated
    def model_versions_create(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[ModelVersionCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ModelVersionList:
        """Create model versions

        ### Description
        Create a version for a model

        ### Required Parameters
        - `version`: Name of the version of the model

        ### Optional Parameters
        - `language`: Language in which the model version is provided. It can be python3.5, python3.6, python3.7 or python3.8. The default value is python3.7
        - `memory_allocation`: Reserved memory for the version in MB. This value determines the memory allocated to the model version: it should to be enough to encompass the model file and all requirements that need to be installed. The default value is 2048. The minimum and maximum values are 256 and 32768 respectively.
        - `maximum_instances`: Upper bound of number of model versions running. The default value is 5, the maximum value is 20. *Indicator of resource capacity:* if many model requests need to be handled in a short time, this number can be set higher to avoid long waiting times.
        - `minimum_instances`: Lower bound of number of model versions running. The default value is 0. Set this value greater than 0 to always have a always running model version.
        - `maximum_idle_time`: Maximum time in seconds a model version stays idle before it is stopped. The default value is 300, the minimum value is 10 and the maximum value is 3600. A high value means that the model version stays active longer. Sending requests to a running model version means that it will be already initialized and thus take a shorter timer.

        - `description`: Description for the model version

        If the time that a request takes does not matter, keep the default values.

        #### Request Examples
        ```
        {
          "version": "version-1",
          "language": "python3.6"
        }
        ```

        ```
        {
          "version": "version-1",
          "language": "python3.5",
          "memory_allocation": 512
        }
        ```

        ```
        {
          "version": "version-1",
          "maximum_instances": 4,
          "minimum_instances": 1
        }
        ```

        ### Response Structure
        Details of the created version
        - `id`: Unique identifier for the model (UUID)
        - `model`: Model name to which the version is associated
        - `version`: Version name
        - `language`: Language in which the model version is provided
        - `memory_allocation`: Reserved memory for the version in MB
        - `maximum_instances`: Upper bound of number of model versions running
        - `minimum_instances`: Lower bound of number of model versions running
        - `maximum_idle_time`: Maximum time in seconds a model version stays idle before it is stopped
        - `description`: Description of the model version
        - `status`: The state of the model version. It is set to *initialised* state on creation.
        - `error_message`: The error message which explains why the model version has failed building or deployment. It is empty if the model version is available.
        - `creation_date`: The date when the model version was created
        - `last_updated`: The date when the model version was last updated
        - `file_last_updated`: The date when a model file was last uploaded

        #### Response Examples
        ```
        {
          "id": "4ae7d14b-4803-4e16-b96d-3b18caa4b605",
          "model": "model-1",
          "version": "version-1",
          "language": "python3.5",
          "description": "",
          "status": "initialised",
          "error_message": "",
          "memory_allocation": 512,
          "maximum_instances": 5,
          "minimum_instances": 0,
          "maximum_idle_time": 10,
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-05-12T16:23:15.456812Z",
          "file_last_updated": "2020-05-12T16:23:15.456812Z",
        }
        ```"""
        return self.api_client.call(
            _MODEL_VERSIONS_CREATE, (project_name, model_name, data), _options
        ).data

    @_validated
    def model_versions_create_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[ModelVersionCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelVersionList]:
        """Like `model_versions_create`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_VERSIONS_CREATE, (project_name, model_name, data), _options
        )

    @_validated
    def model_versions_create_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[ModelVersionCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_versions_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_VERSIONS_CREATE, (project_name, model_name, data), _options
        )

    @_validated
    def model_versions_delete(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete model version

        ### Description
        Delete a model version. If the model version is referenced from a pipeline, it cannot be deleted, it must be removed from the pipeline first.
        """
        self.api_client.call(_MODEL_VERSIONS_DELETE, (project_name, model_name, version), _options)

    @_validated
    def model_versions_delete_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `model_versions_delete`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_VERSIONS_DELETE, (project_name, model_name, version), _options
        )

    @_validated
    def model_versions_delete_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_versions_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_VERSIONS_DELETE, (project_name, model_name, version), _options
        )

    @_validated
    def model_versions_file_download(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ModelVersionFileUpload:
        """Download model files

        ### Description
        Download the model file of a model version of a model

        ### Response Structure
         - `file`: Model file of the version"""
        return self.api_client.call(
            _MODEL_VERSIONS_FILE_DOWNLOAD, (project_name, model_name, version), _options
        ).data

    @_validated
    def model_versions_file_download_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelVersionFileUpload]:
        """Like `model_versions_file_download`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_VERSIONS_FILE_DOWNLOAD, (project_name, model_name, version), _options
        )

    @_validated
    def model_versions_file_download_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_versions_file_download`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_VERSIONS_FILE_DOWNLOAD, (project_name, model_name, version), _options
        )

    @_validated
    def model_versions_file_upload(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        file: FileInput,
        **_options: Unpack[RequestOptions],
    ) -> Success:
        """Upload model files

        ### Description
        Upload a file for a model version. This file should contain the model that will be run. It should be provided as a zip and a template can be found on https://github.com/UbiOps/model-template. The file is saved under a directory in the storage specified in the settings.

        ### Required Parameters
        - `file`: Model file

        ### Response Structure
        - `success`: Boolean indicating whether the model file upload succeeded or not"""
        return self.api_client.call(
            _MODEL_VERSIONS_FILE_UPLOAD, (project_name, model_name, version, file), _options
        ).data

    @_validated
    def model_versions_file_upload_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        file: FileInput,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[Success]:
        """Like `model_versions_file_upload`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_VERSIONS_FILE_UPLOAD, (project_name, model_name, version, file), _options
        )

    @_validated
    def model_versions_file_upload_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        file: FileInput,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_versions_file_upload`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_VERSIONS_FILE_UPLOAD, (project_name, model_name, version, file), _options
        )

    @_validated
    def model_versions_get(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ModelVersionList:
        """Get model version

        ### Description
        Retrieve details of a model version of a model in a project

        ### Response Structure
        Details of a version
        - `id`: Unique identifier for the model (UUID)
        - `model`: Model name to which the version is associated
        - `version`: Version name
        - `language`: Language in which the model version is provided
        - `memory_allocation`: Reserved memory for the version in MB
        - `maximum_instances`: Upper bound of number of model pods running in parallel
        - `minimum_instances`: Lower bound of number of model pods running in parallel
        - `maximum_idle_time`: Maximum time in seconds a model version stays idle before it is stopped
        - `description`: Description of the model version
        - `status`: The state of the model version
        - `error_message`: The error message which explains why the model version has failed building or deployment. It is empty if the model version is available.
        - `creation_date`: The date when the model version was created
        - `last_updated`: The date when the model version was last updated
        - `file_last_updated`: The date when a model file was last uploaded

        #### Response Examples
        ```
        {
          "id": "4ae7d14b-4803-4e16-b96d-3b18caa4b605",
          "model": "model-1",
          "version": "version-1",
          "memory_allocation": 512,
          "language": "python3.7",
          "description": "",
          "status": "active",
          "error_message": "",
          "maximum_instances": 4,
          "minimum_instances": 1,
          "maximum_idle_time": 10,
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-06-22T18:04:76.123754Z",
          "file_last_updated": "2020-06-23T11:17:28.128652Z"
        }
        ```"""
        return self.api_client.call(
            _MODEL_VERSIONS_GET, (project_name, model_name, version), _options
        ).data

    @_validated
    def model_versions_get_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelVersionList]:
        """Like `model_versions_get`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_VERSIONS_GET, (project_name, model_name, version), _options
        )

    @_validated
    def model_versions_get_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_versions_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_VERSIONS_GET, (project_name, model_name, version), _options
        )

    @_validated
    def model_versions_list(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[ModelVersionList]:
        """List model versions

        ### Description
        List all the versions of a model in a project

        ### Response Structure
        A list of details of the versions
        - `id`: Unique identifier for the model (UUID)
        - `model`: Model name to which the version is associated
        - `version`: Version name
        - `language`: Language in which the model version is provided
        - `memory_allocation`: Reserved memory usage for the version in MB
        - `maximum_instances`: Upper bound of number of model versions running
        - `minimum_instances`: Lower bound of number of model versions running
        - `maximum_idle_time`: Maximum time in seconds a model version stays idle before it is stopped
        - `description`: Description of the model version
        - `status`: The state of the model version
        - `error_message`: The error message which explains why the model version has failed building or deployment. It is empty if the model version is available.
        - `creation_date`: The date when the model version was created
        - `last_updated`: The date when the model version was last updated
        - `file_last_updated`: The date when a model file was last uploaded

        #### Response Examples
        ```
        [
          {
            "id": "4ae7d14b-4803-4e16-b96d-3b18caa4b605",
            "model": "model-1",
            "version": "version-1",
            "language": "python3.5",
            "description": "",
            "status": "active",
            "error_message": "",
            "memory_allocation": 512,
            "maximum_instances": 4,
            "minimum_instances": 1,
            "maximum_idle_time": 10,
            "creation_date": "2020-06-18T08:32:14.876451Z",
            "last_updated": "2020-06-19T10:52:23.124784Z",
            "file_last_updated": "2020-06-19T10:52:23.124784Z"
          },
          {
            "id": "24f6b80a-08c3-4d52-ac1a-2ea7e70f16a6",
            "model": "model-1",
            "version": "version-2",
            "language": "python3.6",
            "description": "",
            "status": "active",
            "error_message": "",
            "memory_allocation": 256,
            "maximum_instances": 5,
            "minimum_instances": 0,
            "maximum_idle_time": 10,
            "creation_date": "2020-05-12T16:23:15.456812Z",
            "last_updated": "2020-06-22T18:04:76.123754Z",
            "file_last_updated": "2020-06-23T11:17:28.128652Z"
          }
        ]
        ```"""
        return self.api_client.call(_MODEL_VERSIONS_LIST, (project_name, model_name), _options).data

    @_validated
    def model_versions_list_with_http_info(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ModelVersionList]]:
        """Like `model_versions_list`, with status code, headers and raw body too."""
        return self.api_client.call(_MODEL_VERSIONS_LIST, (project_name, model_name), _options)

    @_validated
    def model_versions_list_without_preload_content(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `model_versions_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_MODEL_VERSIONS_LIST, (project_name, model_name), _options)

    @_validated
    def model_versions_update(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[ModelVersionCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ModelVersionList:
        """Update model version

        ### Description
        Update a model version of a model in a project. Updating the language field will cause the model to be build again. All necessary fields are validated again.

        ### Optional Parameters
        - `version`: New name for the version
        - `language`: New language for the version
        - `memory_allocation`: New reserved memory for the version in MB
        - `maximum_instances`: New upper bound of number of model versions running
        - `minimum_instances`: New lower bound of number of model versions running
        - `maximum_idle_time`: New maximum time in seconds a model version stays idle before it is stopped
        - `description`: New description for the version

        #### Request Examples
        ```
        {
          "version": "new-version"
        }
        ```

        ```
        {
          "memory_allocation": 512,
          "maximum_instances": 4,
          "minimum_instances": 1
        }
        ```

        ### Response Structure
        Details of the updated version
        - `id`: Unique identifier for the model (UUID)
        - `model`: Model name to which the version is associated
        - `version`: Version name
        - `language`: Language in which the model version is provided
        - `memory_allocation`: Reserved memory for the version in MB
        - `maximum_instances`: Upper bound of number of model versions running
        - `minimum_instances`: Lower bound of number of model versions running
        - `maximum_idle_time`: Maximum time in seconds a model version stays idle before it is stopped
        - `description`: Description of the model version
        - `status`: The state of the model version
        - `error_message`: The error message which explains why the model version has failed building or deployment. It is empty if the model version is available.
        - `creation_date`: The date when the model version was created
        - `last_updated`: The date when the model version was last updated
        - `file_last_updated`: The date when a model file was last uploaded

        #### Response Examples
        ```
        {
          "id": "4ae7d14b-4803-4e16-b96d-3b18caa4b605",
          "model": "model-1",
          "version": "version-1",
          "language": "python3.5",
          "description": "",
          "status": "active",
          "error_message": "",
          "memory_allocation": 512,
          "maximum_instances": 4,
          "minimum_instances": 1,
          "maximum_idle_time": 10,
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-06-23T18:04:76.123754Z",
          "file_last_updated": "2020-06-23T11:17:28.128652Z"
        }
        ```"""
        return self.api_client.call(
            _MODEL_VERSIONS_UPDATE, (project_name, model_name, version, data), _options
        ).data

    @_validated
    def model_versions_update_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[ModelVersionCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelVersionList]:
        """Like `model_versions_update`, with status code, headers and raw body too."""
        return self.api_client.call(
            _MODEL_VERSIONS_UPDATE, (project_name, model_name, version, data), _options
        )

    @_validated
    def model_versions_update_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[ModelVersionCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `model_versions_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _MODEL_VERSIONS_UPDATE, (project_name, model_name, version, data), _options
        )

    @_validated
    def models_create(
        self,
        project_name: StrictStr,
        data: Union[ModelCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ModelList:
        """Create a model

        ### Description
        Create a model by defining the input/output type and input/output fields. In case of **plain** type of input or output, input and output fields should not be given or passed as an empty list.

        Possible data types for the input and output fields are:
        - **int**: integer
        - **string**: string
        - **double**: double precision floating point
        - **bool**: boolean value (False/True)
        - **timestamp**: timestamp
        - **array_int**: an array of integers
        - **array_double**: an array of double precision floating points
        - **array_string**: an array of strings
        - **blob**: a blob field. This type of field can be used to pass blobs to the model. In model and pipeline requests, the uuid of a previously uploaded blob must be provided for this field.

        ### Required Parameters
        - `name`: Name of the model. It is unique within a project.
        - `input_type`: Type of the input of the model. It can be either structured or plain.
        - `output_type`: Type of the output of the model. It can be either structured or plain.
        - `input_fields`: The list of required model input fields. It must contain the fields: name and data_type. The name of an input field is unique for a model.
        - `output_fields`: The list of required model output fields. It must contain the fields: name and data_type. The name of an output field is unique for a model.

        ### Optional Parameters
        - `description`: Description of the model

        #### Request Examples
        A model with structured input and output type
        ```
        {
          "name": "model-1",
          "input_type": "structured",
          "output_type": "structured",
          "input_fields": [
            {
              "name": "input-field-1",
              "data_type": "int"
            },
            {
              "name": "input-field-2",
              "data_type": "double"
            }
          ],
          "output_fields": [
            {
              "name": "output-field",
              "data_type": "double"
            }
          ]
        }
        ```

        A model with plain input type
        ```
        {
          "name": "model-1",
          "description": "Model one"
          "input_type": "plain",
          "output_type": "structured",
          "output_fields": [
            {
              "name": "output-field",
              "data_type": "double"
            }
          ]
        }
        ```

        A model with plain input and output type
        ```
        {
          "name": "model-1",
          "input_type": "plain",
          "output_type": "plain"
        }
        ```

        ### Response Structure
        Details of the created model
        - `id`: Unique identifier for the model (UUID)
        - `name`: Name of the model
        - `project`: Project name in which the model is created
        - `input_type`: Type of the input of the model
        - `output_type`: Type of the output of the model
        - `input_fields`: The list of model input fields containing name and data_type
        - `output_fields`: The list of model output fields containing name and data_type
        - `description`: Description of the model
        - `creation_date`: The date when the model was created
        - `last_updated`: The date when the model was last updated
        - `number_of_versions`: Number of versions that this model has

        #### Response Examples
        ```
        {
          "id": "903ccd12-81d1-46e1-9ac9-b9d70af118de",
          "name": "model-1",
          "project": "project-1",
          "description": "",
          "input_type": "structured",
          "output_type": "structured",
          "input_fields": [
            {
              "name": "input-field-1",
              "data_type": "int"
            },
            {
              "name": "input-field-2",
              "data_type": "double"
            }
          ],
          "output_fields": [
            {
              "name": "output-field",
              "data_type": "double"
            }
          ],
          "creation_date": "2020-06-18T08:32:14.876451Z",
          "last_updated": "2020-06-18T08:32:14.876451Z",
          "number_of_versions": 0
        }
        ```"""
        return self.api_client.call(_MODELS_CREATE, (project_name, data), _options).data

    @_validated
    def models_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[ModelCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelList]:
        """Like `models_create`, with status code, headers and raw body too."""
        return self.api_client.call(_MODELS_CREATE, (project_name, data), _options)

    @_validated
    def models_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[ModelCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `models_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(_MODELS_CREATE, (project_name, data), _options)

    @_validated
    def models_delete(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a model

        ### Description
        Delete a model. If any of the model versions of the model are referenced in a pipeline, the model cannot be deleted.
        """
        self.api_client.call(_MODELS_DELETE, (project_name, model_name), _options)

    @_validated
    def models_delete_with_http_info(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `models_delete`, with status code, headers and raw body too."""
        return self.api_client.call(_MODELS_DELETE, (project_name, model_name), _options)

    @_validated
    def models_delete_without_preload_content(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `models_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(_MODELS_DELETE, (project_name, model_name), _options)

    @_validated
    def models_get(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ModelList:
        """Get details of model

        ### Description
        Retrieve details of a single model in a project

        ### Response Structure
        Details of a model
        - `id`: Unique identifier for the model (UUID)
        - `name`: Name of the model
        - `project`: Project name in which the model is defined
        - `input_type`: Type of the input of the model
        - `output_type`: Type of the output of the model
        - `input_fields`: The list of model input fields containing name and data_type
        - `output_fields`: The list of model output fields containing name and data_type
        - `description`: Description of the model
        - `creation_date`: The date when the model was created
        - `last_updated`: The date when the model was last updated
        - `number_of_versions`: Number of versions that this model has

        #### Response Examples
        ```
        {
          "id": "903ccd12-81d1-46e1-9ac9-b9d70af118de",
          "name": "model-1",
          "project": "project-1",
          "description": "",
          "input_type": "structured",
          "output_type": "structured",
          "input_fields": [
            {
              "name": "input-field-1",
              "data_type": "int"
            },
            {
              "name": "input-field-2",
              "data_type": "double"
            }
          ],
          "output_fields": [
            {
              "name": "output-field",
              "data_type": "double"
            }
          ],
          "creation_date": "2020-06-18T08:32:14.876451Z",
          "last_updated": "2020-06-19T10:52:23.124784Z",
          "number_of_versions": 2
        }
        ```"""
        return self.api_client.call(_MODELS_GET, (project_name, model_name), _options).data

    @_validated
    def models_get_with_http_info(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ModelList]:
        """Like `models_get`, with status code, headers and raw body too."""
        return self.api_client.call(_MODELS_GET, (project_name, model_name), _options)

    @_validated
    def models_get_without_preload_content(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `models_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(_MODELS_GET, (project_name, model_name), _options)

    @_validated
    def models_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[ModelList]:
        """List models in project

        ### Description
        List all models in a project

        ### Response Structure
        A list of details of the models in the project
        - `id`: Unique identifier for the model (UUID)
        - `name`: Name of the model
        - `project`: Project name in which the model is defined
        - `input_type`: Type of the input of the model
        - `output_type`: Type of the output of the model
        - `input_fields`: The list of model input fields containing name and data_type. It is empty in case of plain input type models.
        - `output_fields`: The list of model output fields containing name and data_type. It is empty in case of plain output type models.
        - `description`: Description of the model
        - `creation_date`: The date when the model was created
        - `last_updated`: The date when the model was last updated
        - `number_of_versions`: Number of versions that this model has

        #### Response Examples
        ```
        [
          {
            "id": "903ccd12-81d1-46e1-9ac9-b9d70af118de",
            "name": "model-1",
            "project": "project-1",
            "description": "Temperature model",
            "input_type": "structured",
            "output_type": "structured",
            "input_fields": [
              {
                "name": "input-field-1",
                "data_type": "int"
              },
              {
                "name": "input-field-2",
                "data_type": "double"
              }
            ],
            "output_fields": [
              {
                "name": "output-field",
                "data_type": "double"
              }
            ],
            "creation_date": "2020-05-12T16:23:15.456812Z",
            "last_updated": "2020-06-22T18:04:76.123754Z",
            "number_of_versions": 1
          },
          {
            "id": "5f4e942f-d5b8-4d62-99b2-870c15a82127",
            "name": "model-2",
            "project": "project-1",
            "description": "Model two",
            "input_type": "structured",
            "output_type": "plain",
            "input_fields": [
              {
                "name": "input-field",
                "data_type": "int"
              }
            ],
            "output_fields": [],
            "creation_date": "2020-03-24T09:43:51.791253Z",
            "last_updated": "2020-05-19T11:52:21.163270Z",
            "number_of_versions": 2
          },
          {
            "id": "bd3fae9d-aeec-4cf3-8ef0-5f9224d41904",
            "name": "model-3",
            "description": "",
            "project": "project-1",
            "input_type": "plain",
            "output_type": "plain",
            "input_fields": [],
            "output_fields": [],
            "creation_date": "2020-06-18T08:32:14.876451Z",
            "last_updated": "2020-06-19T10:52:23.124784Z",
            "number_of_versions": 1
          }
        ]
        ```"""
        return self.api_client.call(_MODELS_LIST, (project_name,), _options).data

    @_validated
    def models_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ModelList]]:
        """Like `models_list`, with status code, headers and raw body too."""
        return self.api_client.call(_MODELS_LIST, (project_name,), _options)

    @_validated
    def models_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `models_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_MODELS_LIST, (project_name,), _options)

    @_validated
    def models_update(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[ModelUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ModelList:
        """Update a model

        ### Description
        Update a model. It is only possible to update the name and description fields.

        ### Optional Parameters
        - `name`: New name for the model
        - `description`: New description for the model

        #### Request Examples
        ```
        {
          "name": "new-model-name"
        }
        ```

        ### Response Structure
        Details of the updated model
        - `id`: Unique identifier for the model (UUID)
        - `name`: Name of the model
        - `project`: Project name in which the model is defined
        - `input_type`: Type of the input of the model
        - `output_type`: Type of the output of the model
        - `input_fields`: The list of model input fields containing name and data_type
        - `output_fields`: The list of model output fields containing name and data_type
        - `description`: Description of the model
        - `creation_date`: The date when the model was created
        - `last_updated`: The date when the model was last updated
        - `number_of_versions`: Number of versions that this model has

        #### Response Examples
        ```
        {
          "id": "903ccd12-81d1-46e1-9ac9-b9d70af118de",
          "name": "new-model-name",
          "project": "project-1",
          "description": "New model description",
          "input_type": "structured",
          "output_type": "structured",
          "input_fields": [
            {
              "name": "input-field-1",
              "data_type": "int"
            },
            {
              "name": "input-field-2",
              "data_type": "double"
            }
          ],
          "output_fields": [
            {
              "name": "output-field",
              "data_type": "double"
            }
          ],
          "creation_date": "2020-06-18T08:32:14.876451Z",
          "last_updated": "2020-06-19T10:52:23.124784Z",
          "number_of_versions": 2
        }
        ```"""
        return self.api_client.call(_MODELS_UPDATE, (project_name, model_name, data), _options).data

    @_validated
    def models_update_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[ModelUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelList]:
        """Like `models_update`, with status code, headers and raw body too."""
        return self.api_client.call(_MODELS_UPDATE, (project_name, model_name, data), _options)

    @_validated
    def models_update_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[ModelUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `models_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(_MODELS_UPDATE, (project_name, model_name, data), _options)

    @_validated
    def organization_subscriptions_list(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[OrganizationSubscriptionList]:
        """List subscriptions for an organization

        ### Description
        List the history of subscriptions of an organization. The user making the request must be admin of the organization.

        ### Response Structure
        A list of details of the subscriptions that the organization has had
        - `id`: Unique identifier for the organization (UUID)

        - `subscription`: Name of the subscription

        - `start_date`: Date the subscription started

        - `subscription_agreement_user`: Email of the user who accepted the terms of subscription
        - `subscription_update_user`: Email of the user who updated the subscription to the current one

        #### Response Examples
        ```
        [
          {
            "id": "56b26bcb-34b6-4c4d-a4aa-9d625e0aa9e2",
            "subscription": "professional",
            "start_date": "2020-07-08",
            "subscription_agreement_user": "test-user@test.com",
            "subscription_update_user": ""test-user-2@test.com"
          },
          {
            "id": "3a27e5f8-b247-4866-a08c-5df136b6034c",
            "subscription": "starter",
            "start_date": "2020-06-01",
            "subscription_agreement_user": "test-user@test.com",
            "subscription_update_user": ""
          }
        ]
        ```"""
        return self.api_client.call(
            _ORGANIZATION_SUBSCRIPTIONS_LIST, (organization_name,), _options
        ).data

    @_validated
    def organization_subscriptions_list_with_http_info(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[OrganizationSubscriptionList]]:
        """Like `organization_subscriptions_list`, with status code, headers and raw body too."""
        return self.api_client.call(
            _ORGANIZATION_SUBSCRIPTIONS_LIST, (organization_name,), _options
        )

    @_validated
    def organization_subscriptions_list_without_preload_content(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `organization_subscriptions_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _ORGANIZATION_SUBSCRIPTIONS_LIST, (organization_name,), _options
        )

    @_validated
    def organization_usage_details_get(
        self,
        organization_name: StrictStr,
        month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[UsagePerDay]:
        """Get resource usage details

        ### Description
        Get resource usage for the organization. This returns a list of metrics that are used for billing, aggregated per day.

        ### Optional Parameters
        - `month`: date indicating the month to fetch usage data for, formatted `YYYY-MM`. If omitted defaults to the current month

        ### Response Structure
         - `metric`: The metric that was measured
         - `object_type`: Type of object the metric was measured for (model version, pipeline or connector)
         - `usage`: an array of objects each containing the following:
             - `day`: Timestamp denoting the start of the day
             - `value`: Aggregated metric value for the given unit over the given day

        #### Response Examples
        ```
        [
          {
            "object_type": "model_version",
            "metric": "gb_seconds",
            "usage": [
              {
                "day": "2020-07-29T00:00:00Z",
                "value": 4200
              },
              {
                "day": "2020-07-28T00:00:00Z",
                "value": 840
              },
              {
                "day": "2020-07-30T00:00:00Z",
                "value": 960
              }
            ]
          },
          {
            "object_type": "pipeline",
            "metric": "input_volume",
            "usage": [
              {
                "day": "2020-07-28T00:00:00Z",
                "value": 1098
              },
              {
                "day": "2020-07-06T00:00:00Z",
                "value": 18
              },
              {
                "day": "2020-07-16T00:00:00Z",
                "value": 9
              },
              {
                "day": "2020-07-15T00:00:00Z",
                "value": 117
              },
              {
                "day": "2020-07-08T00:00:00Z",
                "value": 90
              }
            ]
          }
        ]

        ```"""
        return self.api_client.call(
            _ORGANIZATION_USAGE_DETAILS_GET, (organization_name, month), _options
        ).data

    @_validated
    def organization_usage_details_get_with_http_info(
        self,
        organization_name: StrictStr,
        month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[UsagePerDay]]:
        """Like `organization_usage_details_get`, with status code, headers and raw body too."""
        return self.api_client.call(
            _ORGANIZATION_USAGE_DETAILS_GET, (organization_name, month), _options
        )

    @_validated
    def organization_usage_details_get_without_preload_content(
        self,
        organization_name: StrictStr,
        month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `organization_usage_details_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _ORGANIZATION_USAGE_DETAILS_GET, (organization_name, month), _options
        )

    @_validated
    def organization_usage_get(
        self,
        organization_name: StrictStr,
        start_month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[UsagePerMonth]:
        """Get resource usage

        ### Description
        Get resource usage for the organization. This returns a list of metrics that are used for billing, aggregated per month.

        ### Optional Parameters
        - `start_month`: date indicating the start month to fetch usage data from, formatted `YYYY-MM`. If omitted results are generated from one year ago.

        ### Response Structure
         - `metric`: The metric that was measured
         - `object_type`: Type of object the metric was measured for (model version, pipeline or connector)
         - `usage`: an array of objects each containing the following:
             - `month`: Timestamp denoting the start of the month
             - `value`: Aggregated metric value for the given unit over the given month

        #### Response Examples
        ```
        [
          {
            "object_type": "pipeline",
            "metric": "input_volume",
            "usage": [
              {
                "month": "2019-08-01T00:00:00Z",
                "value": 1840
              },
              {
                "month": "2019-09-01T00:00:00Z",
                "value": 400
              },
              {
                "month": "2019-10-01T00:00:00Z",
                "value": 1204
              },
              {
                "month": "2019-11-01T00:00:00Z",
                "value": 1598
              },
              {
                "month": "2019-12-01T00:00:00Z",
                "value": 824
              },
              {
                "month": "2020-01-01T00:00:00Z",
                "value": 2036
              },
              {
                "month": "2020-02-01T00:00:00Z",
                "value": 1438
              },
              {
                "month": "2020-03-01T00:00:00Z",
                "value": 932
              },
              {
                "month": "2020-04-01T00:00:00Z",
                "value": 528
              },
              {
                "month": "2020-05-01T00:00:00Z",
                "value": 1484
              },
              {
                "month": "2020-06-01T00:00:00Z",
                "value": 1942
              },
              {
                "month": "2020-07-01T00:00:00Z",
                "value": 1332
              }
            ]
          }
        ]

        ```"""
        return self.api_client.call(
            _ORGANIZATION_USAGE_GET, (organization_name, start_month), _options
        ).data

    @_validated
    def organization_usage_get_with_http_info(
        self,
        organization_name: StrictStr,
        start_month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[UsagePerMonth]]:
        """Like `organization_usage_get`, with status code, headers and raw body too."""
        return self.api_client.call(
            _ORGANIZATION_USAGE_GET, (organization_name, start_month), _options
        )

    @_validated
    def organization_usage_get_without_preload_content(
        self,
        organization_name: StrictStr,
        start_month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `organization_usage_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _ORGANIZATION_USAGE_GET, (organization_name, start_month), _options
        )

    @_validated
    def organization_users_create(
        self,
        organization_name: StrictStr,
        data: Union[OrganizationUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> OrganizationUserDetail:
        """Add a user to an organization

        ### Description
        Add a user to an organization as admin or normal user. The user making the request must be admin of the organization.
        The user can later be assigned roles in the projects defined in the scope the organization, such as project-admin, project-viewer etc.

        ### Required Parameters
        - `email`: Email of the user

        - `admin`: Boolean value indicating whether the user is added as an admin of the organization or not


        #### Request Examples
        ```
        {
          "email": "test@example.com",
          "admin": false
        }
        ```

        ### Response Structure
        Details of the added user
        - `id`: Unique identifier for the user (UUID)

        - `email`: Email of the user

        - `name`: Name of the user

        - `surname`: Surname of the user

        - `admin`: Boolean value indicating whether the user is an admin of the organization or not


        #### Response Examples
        ```
        {
          "id": "332d7432-2742-4177-99a9-139e91e0110c",
          "email": "test@example.com",
          "name": "user",
          "surname": "name",
          "admin": false
        }
        ```"""
        return self.api_client.call(
            _ORGANIZATION_USERS_CREATE, (organization_name, data), _options
        ).data

    @_validated
    def organization_users_create_with_http_info(
        self,
        organization_name: StrictStr,
        data: Union[OrganizationUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[OrganizationUserDetail]:
        """Like `organization_users_create`, with status code, headers and raw body too."""
        return self.api_client.call(_ORGANIZATION_USERS_CREATE, (organization_name, data), _options)

    @_validated
    def organization_users_create_without_preload_content(
        self,
        organization_name: StrictStr,
        data: Union[OrganizationUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `organization_users_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _ORGANIZATION_USERS_CREATE, (organization_name, data), _options
        )

    @_validated
    def organization_users_delete(
        self, organization_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a user from an organization

        ### Description
        Delete a user from an organization. The user making the request must be admin of the organization.
        It is not possible to delete the last admin of an organization.

        **When a user is deleted from an organization, all his roles from all projects defined in the scope of the organization are also deleted.**
        """
        self.api_client.call(_ORGANIZATION_USERS_DELETE, (organization_name, user_id), _options)

    @_validated
    def organization_users_delete_with_http_info(
        self, organization_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `organization_users_delete`, with status code, headers and raw body too."""
        return self.api_client.call(
            _ORGANIZATION_USERS_DELETE, (organization_name, user_id), _options
        )

    @_validated
    def organization_users_delete_without_preload_content(
        self, organization_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `organization_users_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _ORGANIZATION_USERS_DELETE, (organization_name, user_id), _options
        )

    @_validated
    def organization_users_get(
        self, organization_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> OrganizationUserDetail:
        """Get details of a user in an organization

        ### Description
        Get the details of a user in an organization. The user making the request must be admin of the organization.

        ### Response Structure
        Details of the user
        - `id`: Unique identifier for the user (UUID)

        - `email`: Email of the user

        - `name`: Name of the user

        - `surname`: Surname of the user

        - `admin`: Boolean value indicating whether the user is an admin of the organization or not


        #### Response Examples
        ```
        {
          "id": "332d7432-2742-4177-99a9-139e91e0110c",
          "email": "test@example.com",
          "name": "user",
          "surname": "name",
          "admin": false
        }
        ```"""
        return self.api_client.call(
            _ORGANIZATION_USERS_GET, (organization_name, user_id), _options
        ).data

    @_validated
    def organization_users_get_with_http_info(
        self, organization_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[OrganizationUserDetail]:
        """Like `organization_users_get`, with status code, headers and raw body too."""
        return self.api_client.call(_ORGANIZATION_USERS_GET, (organization_name, user_id), _options)

    @_validated
    def organization_users_get_without_preload_content(
        self, organization_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `organization_users_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _ORGANIZATION_USERS_GET, (organization_name, user_id), _options
        )

    @_validated
    def organization_users_list(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[OrganizationUserDetail]:
        """List the users in an organization

        ### Description
        List users and their details in an organization

        ### Response Structure
        List of details of users
        - `id`: Unique identifier for the user (UUID)

        - `email`: Email of the user

        - `name`: Name of the user

        - `surname`: Surname of the user

        - `admin`: Boolean value indicating whether the user is an admin of the organization or not


        #### Response Examples
        ```
        [
          {
            "id": "54977bc3-2c3b-4d8f-97c7-aff89a95bf21",
            "email": "user@example.com",
            "name": "user",
            "surname": "name",
            "admin": true
          },
          {
            "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
            "email": "user2@example.com",
            "name": "user",
            "surname": "name",
            "admin": false
          }
        ]
        ```"""
        return self.api_client.call(_ORGANIZATION_USERS_LIST, (organization_name,), _options).data

    @_validated
    def organization_users_list_with_http_info(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[OrganizationUserDetail]]:
        """Like `organization_users_list`, with status code, headers and raw body too."""
        return self.api_client.call(_ORGANIZATION_USERS_LIST, (organization_name,), _options)

    @_validated
    def organization_users_list_without_preload_content(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `organization_users_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ORGANIZATION_USERS_LIST, (organization_name,), _options)

    @_validated
    def organization_users_update(
        self,
        organization_name: StrictStr,
        user_id: StrictStr,
        data: Union[OrganizationUserUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> OrganizationUserDetail:
        """Update details of a user in an organization

        ### Description
        Update the admin status of a user in an organization. The user making the request must be admin of the organization.
        It is not possible to change the last admin of an organization to a regular user.

        ### Required Parameters
        - `admin`: Boolean value indicating whether the user is added as an admin of the organization or not


        #### Request Examples
        ```
        {
          "admin": true
        }
        ```

        ### Response Structure
        Details of the user
        - `id`: Unique identifier for the user (UUID)

        - `email`: Email of the user

        - `name`: Name of the user

        - `surname`: Surname of the user

        - `admin`: Boolean value indicating whether the user is an admin of the organization or not


        #### Response Examples
        ```
        {
          "id": "332d7432-2742-4177-99a9-139e91e0110c",
          "email": "test@example.com",
          "name": "user",
          "surname": "name",
          "admin": true
        }
        ```"""
        return self.api_client.call(
            _ORGANIZATION_USERS_UPDATE, (organization_name, user_id, data), _options
        ).data

    @_validated
    def organization_users_update_with_http_info(
        self,
        organization_name: StrictStr,
        user_id: StrictStr,
        data: Union[OrganizationUserUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[OrganizationUserDetail]:
        """Like `organization_users_update`, with status code, headers and raw body too."""
        return self.api_client.call(
            _ORGANIZATION_USERS_UPDATE, (organization_name, user_id, data), _options
        )

    @_validated
    def organization_users_update_without_preload_content(
        self,
        organization_name: StrictStr,
        user_id: StrictStr,
        data: Union[OrganizationUserUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `organization_users_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _ORGANIZATION_USERS_UPDATE, (organization_name, user_id, data), _options
        )

    @_validated
    def organizations_create(
        self, data: Union[OrganizationCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> OrganizationList:
        """Create organizations

        ### Description
        Create a new organization. When a user creates an organization, s/he will automatically become an organization admin.

        ### Required Parameters
        - `name`: Name of the organization. The name is globally unique. It can only consist of lowercase letters, numbers and dashes (-), and must start with a lowercase letter.

        - `subscription`: Name of the subscription for the organization
        - `subscription_agreed`: A boolean field indicating whether the Services Agreement and Terms & Conditions are accepted

        ### Optional Parameters
        - `subscription_end_date`: End date of the subscription. The subscription will be cancelled on this date. A 'free' subscription cannot have a custom end_date as this subscription is always valid for a year.

        #### Request Examples
        ```
        {
          "name": "test-organization",
          "subscription": "professional",
          "subscription_agreed": true
        }
        ```

        ```
        {
          "name": "test-organization",
          "subscription": "professional",
          "subscription_agreed": true,
          "subscription_end_date": "2021-03-25"
        }
        ```

        ### Response Structure
        Details of the created organization
        - `id`: Unique identifier for the organization (UUID)

        - `name`: Name of the organization

        - `creation_date`: Date and time the organization was created


        #### Response Examples
        ```
        {
          "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
          "name": "test-organization",
          "creation_date": "2020-03-25T15:43:46.101877Z"
        }
        ```"""
        return self.api_client.call(_ORGANIZATIONS_CREATE, (data,), _options).data

    @_validated
    def organizations_create_with_http_info(
        self, data: Union[OrganizationCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[OrganizationList]:
        """Like `organizations_create`, with status code, headers and raw body too."""
        return self.api_client.call(_ORGANIZATIONS_CREATE, (data,), _options)

    @_validated
    def organizations_create_without_preload_content(
        self, data: Union[OrganizationCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `organizations_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ORGANIZATIONS_CREATE, (data,), _options)

    @_validated
    def organizations_get(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> OrganizationDetail:
        """Get details of an organization

        ### Description
        Get the details of an organization

        ### Response Structure
        Details of the organization
        - `id`: Unique identifier for the organization (UUID)

        - `name`: Name of the organization

        - `creation_date`: Time the organization was created

        - `subscription`: Name of the subscription


        #### Response Examples
        ```
        {
          "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
          "name": "test-organization",
          "creation_date": "2020-03-25T15:43:46.101877Z",
          "subscription": "free"
        }
        ```"""
        return self.api_client.call(_ORGANIZATIONS_GET, (organization_name,), _options).data

    @_validated
    def organizations_get_with_http_info(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[OrganizationDetail]:
        """Like `organizations_get`, with status code, headers and raw body too."""
        return self.api_client.call(_ORGANIZATIONS_GET, (organization_name,), _options)

    @_validated
    def organizations_get_without_preload_content(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `organizations_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ORGANIZATIONS_GET, (organization_name,), _options)

    @_validated
    def organizations_list(self, **_options: Unpack[RequestOptions]) -> list[OrganizationList]:
        """List organizations

        ### Description
        List all organizations where the user making the request is a member

        ### Response Structure
        A list of details of the organizations
        - `id`: Unique identifier for the organization (UUID)

        - `name`: Name of the organization

        - `creation_date`: Date and time the organization was created


        #### Response Examples
        ```
        [
          {
            "id": "45a1f903-4146-4f15-be4a-302455cd6f7e",
            "name": "organization-name",
            "creation_date": "2020-03-23T11:47:15.436240Z"
          }
        ]
        ```"""
        return self.api_client.call(_ORGANIZATIONS_LIST, (), _options).data

    @_validated
    def organizations_list_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[OrganizationList]]:
        """Like `organizations_list`, with status code, headers and raw body too."""
        return self.api_client.call(_ORGANIZATIONS_LIST, (), _options)

    @_validated
    def organizations_list_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `organizations_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ORGANIZATIONS_LIST, (), _options)

    @_validated
    def organizations_resource_usage(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ResourceUsage:
        """List resource usage of an organization

        ### Description
        List the total number of resources used by this organization

        ### Response Structure
        A list containing the number of
        - projects

        - users

        - models

        - versions

        - connectors

        - pipelines

        currently used by the organization.

        #### Response Examples
        ```
        {
          "projects": 5,
          "users": 3,
          "models": 30,
          "versions": 47,
          "connectors": 1,
          "pipelines": 2
        }
        ```"""
        return self.api_client.call(
            _ORGANIZATIONS_RESOURCE_USAGE, (organization_name,), _options
        ).data

    @_validated
    def organizations_resource_usage_with_http_info(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ResourceUsage]:
        """Like `organizations_resource_usage`, with status code, headers and raw body too."""
        return self.api_client.call(_ORGANIZATIONS_RESOURCE_USAGE, (organization_name,), _options)

    @_validated
    def organizations_resource_usage_without_preload_content(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `organizations_resource_usage`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _ORGANIZATIONS_RESOURCE_USAGE, (organization_name,), _options
        )

    @_validated
    def organizations_update(
        self,
        organization_name: StrictStr,
        data: Union[OrganizationUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> OrganizationDetail:
        """Update details of an organization

        ### Description
        Update an organization. The user making the request must be admin of the organization. Users are able to update the name of the organization, but changes to the subscription can only be done by Dutch Analytics.
        To delete the end date of the current subscription, give the 'subscription_end_date' parameter with value null.

        ### Optional Parameters
        - `name`: New organization name
        - `subscription`: New subscription
        - `subscription_agreed`: A boolean field indicating whether the Services Agreement and Terms & Conditions are accepted upon upgrading the subscription
        - `subscription_end_date`: End date of the new subscription. The required format is `YYYY-MM-DD`. The subscription will be cancelled on this date. If the subscription_end_date was previously set, but should be removed, give a null value for 'subscription_end_date'.

        #### Request Examples


        ```
        {
          "name": "new-organization-name"
        }
        ```
        ```
        {
          "subscription": "professional",
          "subscription_agreed": true
        }
        ```
        ```
        {
          "subscription_end_date": "2020-08-30",
          "subscription_agreed": true
        }
        ```

        ### Response Structure
        Details of the organization
        - `id`: Unique identifier for the organization (UUID)

        - `name`: Name of the organization

        - `creation_date`: Time the organization was created

        - `subscription`: Name of the subscription


        #### Response Examples
        ```
        {
          "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
          "name": "test-organization",
          "creation_date": "2020-03-25T15:43:46.101877Z",
          "subscription": "free"
        }
        ```"""
        return self.api_client.call(_ORGANIZATIONS_UPDATE, (organization_name, data), _options).data

    @_validated
    def organizations_update_with_http_info(
        self,
        organization_name: StrictStr,
        data: Union[OrganizationUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[OrganizationDetail]:
        """Like `organizations_update`, with status code, headers and raw body too."""
        return self.api_client.call(_ORGANIZATIONS_UPDATE, (organization_name, data), _options)

    @_validated
    def organizations_update_without_preload_content(
        self,
        organization_name: StrictStr,
        data: Union[OrganizationUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `organizations_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ORGANIZATIONS_UPDATE, (organization_name, data), _options)

    @_validated
    def permissions_list(self, **_options: Unpack[RequestOptions]) -> list[PermissionList]:
        """List the available permissions

        ### Description
        List all the available permissions which can be used to create custom roles.

        ### Response Structure
        A list of available permissions
         - `name`: Name of the permission"""
        return self.api_client.call(_PERMISSIONS_LIST, (), _options).data

    @_validated
    def permissions_list_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[PermissionList]]:
        """Like `permissions_list`, with status code, headers and raw body too."""
        return self.api_client.call(_PERMISSIONS_LIST, (), _options)

    @_validated
    def permissions_list_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `permissions_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PERMISSIONS_LIST, (), _options)

    @_validated
    def pipeline_object_attachments_create(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[AttachmentsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> Attachments:
        """Create object attachments

        ### Description
        Create an attachment between two pipeline objects. An attachment can only be made between two objects that have already been added to the pipeline.
        The object where the attachment starts is called the source object. The object that is linked is called the destination object. When attaching two objects, one must also define which source object output fields map to which destination object input fields.
        All the input fields in the destination object must be provided in the mapping. In contrast, not all source object output fields need to be used in the mapping. It is also possible that one source output field may link to multiple destination input fields.

        A *connector* object can only be a destination object.

        The *pipeline_start* object can only be a source object.

        In case of plain type of objects, the mapping must be omitted or given as an empty list.

        When creating attachments for a blob connector, use the *blob* field in the mapping.

        ### Required Parameters
        - `source_name`: Name of the source pipeline object
        - `destination_name`: Name of the destination pipeline object
        - `mapping`: A list of dictionaries containing source_field_name and destination_field_name keys. The source and destination fields should match in data type, e.g. integer source fields can only be mapped to integer type destination fields.

        #### Request Examples
        An attachment between a model version and connector
        ```
        {
          "source_name": "model-1-v1",
          "destination_name": "connector-1",
          "mapping": [
            {
              "source_field_name": "model-output-field-1",
              "destination_field_name": "connector-field-1"
            },
            {
              "source_field_name": "model-output-field-2",
              "destination_field_name": "connector-field-2"
            },
            {
              "source_field_name": "model-output-field-3",
              "destination_field_name": "connector-field-3"
            }
          ]
        }
        ```

        ```
        {
          "source_name": "blob-model-v3",
          "destination_name": "s3-connector",
          "mapping": []
        }
        ```

        An attachment between a pipeline and model version
        ```
        {
          "source_name": "pipeline_start",
          "destination_name": "model-2-v2",
          "mapping": [
            {
              "source_field_name": "pipeline-input-field-1",
              "destination_field_name": "model-input-field-1"
            },
            {
              "source_field_name": "pipeline-input-field-2",
              "destination_field_name": "model-input-field-2"
            }
          ]
        }
        ```

        ### Response Structure
        Details of the created attachment
        - `source_name`: Name of the source pipeline object
        - `destination_name`: Name of the destination pipeline object
        - `mapping`: A list of dictionaries containing source_field_name and destination_field_name

        #### Response Examples
        ```
        {
          "source_name": "pipeline-1",
          "destination_name": "model-2-v2",
          "mapping": [
            {
              "source_field_name": "pipeline-input-field-1",
              "destination_field_name": "model-input-field-1"
            },
            {
              "source_field_name": "pipeline-input-field-2",
              "destination_field_name": "model-input-field-2"
            }
          ]
        }
        ```"""
        return self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_CREATE, (project_name, pipeline_name, data), _options
        ).data

    @_validated
    def pipeline_object_attachments_create_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[AttachmentsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[Attachments]:
        """Like `pipeline_object_attachments_create`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_CREATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    def pipeline_object_attachments_create_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[AttachmentsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `pipeline_object_attachments_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PIPELINE_OBJECT_ATTACHMENTS_CREATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    def pipeline_object_attachments_delete(
        self,
        project_name: StrictStr,
        destination_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete attachment of a source and destination object

        ### Description
        Delete an attachment in a pipeline. The referenced and original objects of the attachment still exist in the pipeline, only the link between them is deleted.
        """
        self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_DELETE,
            (project_name, destination_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    def pipeline_object_attachments_delete_with_http_info(
        self,
        project_name: StrictStr,
        destination_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `pipeline_object_attachments_delete`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_DELETE,
            (project_name, destination_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    def pipeline_object_attachments_delete_without_preload_content(
        self,
        project_name: StrictStr,
        destination_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `pipeline_object_attachments_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PIPELINE_OBJECT_ATTACHMENTS_DELETE,
            (project_name, destination_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    def pipeline_object_attachments_get(
        self,
        project_name: StrictStr,
        destination_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> AttachmentsList:
        """Get an attachment of a source and destination object

        ### Description
        Get the details of a single attachment between a source and destination object in a pipeline

        ### Response Structure
        Details of the attachment
        - `source_name`: Name of the source pipeline object
        - `destination_name`: Name of the destination pipeline object
        - `mapping`: A list of dictionaries containing the link between the source object output field (source_field_name) and destination object input field (destination_field_name)

        #### Response Examples
        ```
        {
          "source_name": "model-2-v2",
          "destination_name": "model-3-v1",
          "mapping": [
            {
              "source_field_name": "model-2-output-field-1",
              "destination_field_name": "model-3-input-field-1"
            },
            {
              "source_field_name": "model-2-output-field-2",
              "destination_field_name": "model-3-input-field-2"
            }
          ]
        }
        ```"""
        return self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_GET,
            (project_name, destination_name, pipeline_name, source_name),
            _options,
        ).data

    @_validated
    def pipeline_object_attachments_get_with_http_info(
        self,
        project_name: StrictStr,
        destination_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[AttachmentsList]:
        """Like `pipeline_object_attachments_get`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_GET,
            (project_name, destination_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    def pipeline_object_attachments_get_without_preload_content(
        self,
        project_name: StrictStr,
        destination_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `pipeline_object_attachments_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PIPELINE_OBJECT_ATTACHMENTS_GET,
            (project_name, destination_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    def pipeline_object_attachments_list(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[AttachmentsList]:
        """List object attachments

        ### Description
        List all attachments in a pipeline

        ### Response Structure
        A list of details of the attachments in the pipeline
        - `source_name`: Name of the source pipeline object
        - `destination_name`: Name of the destination pipeline object
        - `mapping`: A list of dictionaries containing source_field_name and destination_field_name

        #### Response Examples
        ```
        [
          {
            "source_name": "pipeline-1",
            "destination_name": "model-2-v2",
            "mapping": [
              {
                "source_field_name": "pipeline-input-field-1",
                "destination_field_name": "model-input-field-1"
              },
              {
                "source_field_name": "pipeline-input-field-2",
                "destination_field_name": "model-input-field-2"
              }
            ]
          },
          {
            "source_name": "model-2-v2",
            "destination_name": "connector-1",
            "mapping": [
              {
                "source_field_name": "model-output-field-1",
                "destination_field_name": "connector-field-1"
              },
              {
                "source_field_name": "model-output-field-2",
                "destination_field_name": "connector-field-2"
              },
              {
                "source_field_name": "model-output-field-3",
                "destination_field_name": "connector-field-3"
              }
            ]
          }
        ]
        ```"""
        return self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_LIST, (project_name, pipeline_name), _options
        ).data

    @_validated
    def pipeline_object_attachments_list_with_http_info(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[AttachmentsList]]:
        """Like `pipeline_object_attachments_list`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_LIST, (project_name, pipeline_name), _options
        )

    @_validated
    def pipeline_object_attachments_list_without_preload_content(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `pipeline_object_attachments_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PIPELINE_OBJECT_ATTACHMENTS_LIST, (project_name, pipeline_name), _options
        )

    @_validated
    def pipeline_object_attachments_source_get(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> list[AttachmentsList]:
        """List the attachments of a source object

        ### Description
        List attachments of a source object in a pipeline

        ### Response Structure
        A list of details of the attachments of the given source object in the pipeline
        - `source_name`: Name of the source pipeline object
        - `destination_name`: Name of the destination pipeline object
        - `mapping`: A list of dictionaries containing the link between the source object output field (source_field_name) and destination object input field (destination_field_name)

        #### Response Examples
        ```
        [
          {
            "source_name": "model-2-v2",
            "destination_name": "connector-1",
            "mapping": [
              {
                "source_field_name": "model-2-output-field-1",
                "destination_field_name": "connector-field-1"
              },
              {
                "source_field_name": "model-2-output-field-2",
                "destination_field_name": "connector-field-2"
              },
              {
                "source_field_name": "model-2-output-field-3",
                "destination_field_name": "connector-field-3"
              }
            ]
          },
          {
            "source_name": "model-2-v2",
            "destination_name": "model-3-v1",
            "mapping": [
              {
                "source_field_name": "model-2-output-field-1",
                "destination_field_name": "model-3-input-field-1"
              },
              {
                "source_field_name": "model-2-output-field-2",
                "destination_field_name": "model-3-input-field-2"
              }
            ]
          }
        ]
        ```"""
        return self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_SOURCE_GET,
            (project_name, pipeline_name, source_name),
            _options,
        ).data

    @_validated
    def pipeline_object_attachments_source_get_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[AttachmentsList]]:
        """Like `pipeline_object_attachments_source_get`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_SOURCE_GET,
            (project_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    def pipeline_object_attachments_source_get_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `pipeline_object_attachments_source_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PIPELINE_OBJECT_ATTACHMENTS_SOURCE_GET,
            (project_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    def pipeline_object_environment_variables_list(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> list[InheritedEnvironmentVariableList]:
        """List pipeline object environment variables

        ### Description
        List environment variables accessible to objects in the pipeline

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information
        - `inheritance_type`: Type of parent object that this variable is inherited from - can be `project`, `model`, or `model_version`
        - `inheritance_name`: Name of the parent object that this variable is inherited from

        #### Response Examples
        ```
        [
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false,
            "inheritance_type": "model",
            "inheritance_name": "model_name"
          },
          {
            "id": "06c2c8be-507e-4fae-981d-54e94f22dab0",
            "name": "database_password",
            "value": null,
            "secret": true,
            "inheritance_type": "project",
            "inheritance_name": "project_name"
          }
        ]
        ```"""
        return self.api_client.call(
            _PIPELINE_OBJECT_ENVIRONMENT_VARIABLES_LIST,
            (project_name, name, pipeline_name),
            _options,
        ).data

    @_validated
    def pipeline_object_environment_variables_list_with_http_info(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[InheritedEnvironmentVariableList]]:
        """Like `pipeline_object_environment_variables_list`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PIPELINE_OBJECT_ENVIRONMENT_VARIABLES_LIST,
            (project_name, name, pipeline_name),
            _options,
        )

    @_validated
    def pipeline_object_environment_variables_list_without_preload_content(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `pipeline_object_environment_variables_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PIPELINE_OBJECT_ENVIRONMENT_VARIABLES_LIST,
            (project_name, name, pipeline_name),
            _options,
        )

    @_validated
    def pipeline_objects_create(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineObjectCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> PipelineObjectList:
        """Add an object to a pipeline

        ### Description
        Create a pipeline object, which can either be a connector or model version. The pipeline object that is added is a reference to the real object. In this way, multiple references to the same object may be added to a pipeline.
        In case of model reference_type, the reference_name refers to the model name and the version is the version of the model which will be added to the pipeline as an object.

        ### Required Parameters
        - `name`: Name of the pipeline object. It is unique within a pipeline
        - `reference_type`: Type of the object it will reference. It can either be a model or connector
        - `reference_name`: Name of the object it will reference

        ### Optional Parameters
        - `version`: Version name. If model is given in reference_type field, version field must be provided too. If the reference_type is connector, this field should be omitted in the request.

        #### Request Examples
        An object referencing a model version
        ```
        {
          "name": "model-1-v1",
          "reference_type": "model",
          "reference_name": "model-1",
          "version": "version-1"
        }
        ```

        An object referencing a connector
        ```
        {
          "name": "s3-connector",
          "reference_type": "connector",
          "reference_name": "s3-connector"
        }
        ```

        ### Response Structure
        Details of the created pipeline object
        - `id`: Unique identifier for the pipeline object (UUID)
        - `name`: Name of the pipeline object
        - `reference_type`: Type of the object it will reference
        - `reference_name`: Name of the object it will reference
        - `version`: Version name in case of model reference_type

        #### Response Examples
        ```
        {
          "id": "c91724b6-d73c-4933-b2aa-aefd9e34ce3e",
          "name": "model-1-v1",
          "reference_type": "model",
          "reference_name": "model-1",
          "version": "version-1"
        }
        ```

        ```
        {
          "id": "1a4b0e28-3de1-442a-b1eb-947f22a69381",
          "name": "s3-connector",
          "reference_type": "connector",
          "reference_name": "s3-connector"
        }
        ```"""
        return self.api_client.call(
            _PIPELINE_OBJECTS_CREATE, (project_name, pipeline_name, data), _options
        ).data

    @_validated
    def pipeline_objects_create_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineObjectCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[PipelineObjectList]:
        """Like `pipeline_objects_create`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PIPELINE_OBJECTS_CREATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    def pipeline_objects_create_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineObjectCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `pipeline_objects_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PIPELINE_OBJECTS_CREATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    def pipeline_objects_delete(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete object from pipeline

        ### Description
        Delete a pipeline object. Only the reference in the pipeline is deleted. The original object (model, model version and connector) still exists.
        If the object is attached to another object, the attachment is also deleted."""
        self.api_client.call(
            _PIPELINE_OBJECTS_DELETE, (project_name, name, pipeline_name), _options
        )

    @_validated
    def pipeline_objects_delete_with_http_info(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `pipeline_objects_delete`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PIPELINE_OBJECTS_DELETE, (project_name, name, pipeline_name), _options
        )

    @_validated
    def pipeline_objects_delete_without_preload_content(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `pipeline_objects_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PIPELINE_OBJECTS_DELETE, (project_name, name, pipeline_name), _options
        )

    @_validated
    def pipeline_objects_get(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> PipelineObjectList:
        """Get an object in a pipeline

        ### Description
        Retrieve the details of a single pipeline object

        ### Response Structure
        Details of the pipeline object
        - `id`: Unique identifier for the pipeline object (UUID)
        - `name`: Name of the pipeline object
        - `reference_type`: Type of the object it references
        - `reference_name`: Name of the object it references
        - `version`: Version name in case of model reference_type

        #### Response Examples
        A dictionary containing details of the pipeline object
        ```
        {
          "id": "1a4b0e28-3de1-442a-b1eb-947f22a69381",
          "name": "s3-connector",
          "reference_type": "connector",
          "reference_name": "s3-connector"
        }
        ```"""
        return self.api_client.call(
            _PIPELINE_OBJECTS_GET, (project_name, name, pipeline_name), _options
        ).data

    @_validated
    def pipeline_objects_get_with_http_info(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[PipelineObjectList]:
        """Like `pipeline_objects_get`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PIPELINE_OBJECTS_GET, (project_name, name, pipeline_name), _options
        )

    @_validated
    def pipeline_objects_get_without_preload_content(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `pipeline_objects_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PIPELINE_OBJECTS_GET, (project_name, name, pipeline_name), _options
        )

    @_validated
    def pipeline_objects_list(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[PipelineObjectList]:
        """List objects in a pipeline

        ### Description
        List all pipeline objects (connectors/models) in a pipeline

        ### Response Structure
        A list of details of the pipeline objects in the pipeline
        - `id`: Unique identifier for the pipeline object (UUID)
        - `name`: Name of the pipeline object
        - `reference_type`: Type of the object it references
        - `reference_name`: Name of the object it references
        - `version`: Version name in case of model reference_type

        #### Response Examples
        ```
        A list of pipeline objects
        [
          {
            "id": "c91724b6-d73c-4933-b2aa-aefd9e34ce3e",
            "name": "model-1-v1",
            "reference_type": "model",
            "reference_name": "model-1",
            "version": "version-1"
          },
          {
            "id": "1a4b0e28-3de1-442a-b1eb-947f22a69381",
            "name": "s3-connector",
            "reference_type": "connector",
            "reference_name": "s3-connector"
          }
        ]
        ```"""
        return self.api_client.call(
            _PIPELINE_OBJECTS_LIST, (project_name, pipeline_name), _options
        ).data

    @_validated
    def pipeline_objects_list_with_http_info(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[PipelineObjectList]]:
        """Like `pipeline_objects_list`, with status code, headers and raw body too."""
        return self.api_client.call(_PIPELINE_OBJECTS_LIST, (project_name, pipeline_name), _options)

    @_validated
    def pipeline_objects_list_without_preload_content(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `pipeline_objects_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PIPELINE_OBJECTS_LIST, (project_name, pipeline_name), _options
        )

    @_validated
    def pipeline_objects_update(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineObjectUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> PipelineObjectList:
        """Update an object in a pipeline

        ### Description
        Update a pipeline object. It is not possible to update the reference_name and reference_type. All necessary fields are validated again.

        ### Optional Parameters
        - `name`: New name for the pipeline object
        - `version`: New version for the pipeline object. Since the input/output fields of different model versions are the same, the version of a model pipeline object can be changed with another version of the same model.

        #### Request Examples
        ```
        {
          "name": "new-pipeline-object-name"
        }
        ```

        ```
        {
          "name": "model-1-v2"
          "version": "version-2"
        }
        ```

        ### Response Structure
        Details of the updated pipeline object
        - `id`: Unique identifier for the pipeline object (UUID)
        - `name`: Name of the pipeline object
        - `reference_type`: Type of the object it references
        - `reference_name`: Name of the object it references
        - `version`: Version name in case of model reference_type

        #### Response Examples
        ```
        {
          "id": "c91724b6-d73c-4933-b2aa-aefd9e34ce3e",
          "name": "model-1-v2",
          "reference_type": "model",
          "reference_name": "model-1",
          "version": "version-2"
        }
        ```"""
        return self.api_client.call(
            _PIPELINE_OBJECTS_UPDATE, (project_name, name, pipeline_name, data), _options
        ).data

    @_validated
    def pipeline_objects_update_with_http_info(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineObjectUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[PipelineObjectList]:
        """Like `pipeline_objects_update`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PIPELINE_OBJECTS_UPDATE, (project_name, name, pipeline_name, data), _options
        )

    @_validated
    def pipeline_objects_update_without_preload_content(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineObjectUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `pipeline_objects_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PIPELINE_OBJECTS_UPDATE, (project_name, name, pipeline_name, data), _options
        )

    @_validated
    def pipelines_create(
        self,
        project_name: StrictStr,
        data: Union[PipelineCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> PipelineList:
        """Create pipelines

        ### Description
        Create a pipeline in a project.

        The input_fields represent the fields that the input data for pipeline requests should contain. When an object is attached to the pipeline, it means that the input data will be forwarded to these objects.

        ### Required Parameters
        - `name`: Name of the pipeline. It is unique within a project.
        - `input_type`: Type of the connector. It can be either structured or plain.
        - `input_fields`: A list of fields with name and data_type. In case of plain pipelines, the input_fields should be omitted or given as an empty list. For structured pipelines, they must be provided.

        ### Optional Parameters
        - `description`: Description of the pipeline

        #### Request Examples
        A structured pipeline
        ```
        {
          "name": "pipeline-1",
          "input_type": "structured",
          "input_fields": [
            {
              "name": "field-1",
              "data_type": "int"
            },
            {
              "name": "field-2",
              "data_type": "double"
            }
          ]
        }
        ```

        A plain pipeline
        ```
        {
          "name": "pipeline-2",
          "input_type": "plain",
          "description": "my description"
        }
        ```

        ### Response Structure
        Details of the created pipeline
        - `id`: Unique identifier for the pipeline (UUID)
        - `name`: Name of the pipeline
        - `description`: Description of the pipeline
        - `project`: Project name in which the pipeline is created
        - `input_type`: Type of the pipeline
        - `input_fields`: A list of pipeline fields with name and data_type
        - `creation_date`: The date when the pipeline was created
        - `last_updated`: The date when the pipeline was last updated

        #### Response Examples
        ```
        {
          "id": "6b0cea21-2657-4fa3-a331-de646e3cfdc4",
          "name": "pipeline-1",
          "project": "project-1",
          "description": "my description",
          "input_type": "structured",
          "input_fields": [
            {
              "name": "field-1",
              "data_type": "int"
            },
            {
              "name": "field-2",
              "data_type": "double"
            }
          ],
          "creation_date": "2020-03-24T09:43:51.791253Z",
          "last_updated": "2020-03-24T09:43:51.791253Z"
        }
        ```

        ```
        {
          "id": "b6f60ebf-48ef-4084-9fbb-9ac0f934093e",
          "name": "pipeline-2",
          "project": "project-1",
          "description": "my description",
          "input_type": "plain",
          "input_fields": [],
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-05-12T16:23:15.456812Z"
        }
        ```"""
        return self.api_client.call(_PIPELINES_CREATE, (project_name, data), _options).data

    @_validated
    def pipelines_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[PipelineCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[PipelineList]:
        """Like `pipelines_create`, with status code, headers and raw body too."""
        return self.api_client.call(_PIPELINES_CREATE, (project_name, data), _options)

    @_validated
    def pipelines_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[PipelineCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `pipelines_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PIPELINES_CREATE, (project_name, data), _options)

    @_validated
    def pipelines_delete(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete pipeline

        ### Description
        Delete a pipeline. This will also delete all objects and attachments in the pipeline."""
        self.api_client.call(_PIPELINES_DELETE, (project_name, pipeline_name), _options)

    @_validated
    def pipelines_delete_with_http_info(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `pipelines_delete`, with status code, headers and raw body too."""
        return self.api_client.call(_PIPELINES_DELETE, (project_name, pipeline_name), _options)

    @_validated
    def pipelines_delete_without_preload_content(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `pipelines_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PIPELINES_DELETE, (project_name, pipeline_name), _options)

    @_validated
    def pipelines_get(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> PipelineList:
        """Get pipeline

        ### Description
        Get the details of a single pipeline

        ### Response Structure
        Details of the pipeline
        - `id`: Unique identifier for the pipeline (UUID)
        - `name`: Name of the pipeline
        - `description` Description of the pipeline
        - `project`: Project name in which the pipeline is defined
        - `input_type`: Type of the pipeline
        - `input_fields`: A list of pipeline fields with name and data_type
        - `creation_date`: The date when the pipeline was created
        - `last_updated`: The date when the pipeline was last updated

        #### Response Examples
        ```
        {
          "id": "b6f60ebf-48ef-4084-9fbb-9ac0f934093e",
          "name": "pipeline-2",
          "project": "project-1",
          "description": "my description",
          "input_type": "plain",
          "input_fields": [],
          "creation_date": "2020-03-24T09:43:51.791253Z",
          "last_updated": "2020-05-19T11:52:21.163270Z"
        }
        ```"""
        return self.api_client.call(_PIPELINES_GET, (project_name, pipeline_name), _options).data

    @_validated
    def pipelines_get_with_http_info(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[PipelineList]:
        """Like `pipelines_get`, with status code, headers and raw body too."""
        return self.api_client.call(_PIPELINES_GET, (project_name, pipeline_name), _options)

    @_validated
    def pipelines_get_without_preload_content(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `pipelines_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PIPELINES_GET, (project_name, pipeline_name), _options)

    @_validated
    def pipelines_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[PipelineList]:
        """List pipelines

        ### Description
        List all pipelines in a project

        ### Response Structure
        A list of details of the pipelines in the project
        - `id`: Unique identifier for the pipeline (UUID)
        - `name`: Name of the pipeline
        - `project`: Project name in which the pipeline is defined
        - `description`: Description of the pipeline
        - `input_type`: Type of the pipeline
        - `input_fields`: A list of pipeline fields with name and data_type
        - `creation_date`: The date when the pipeline was created
        - `last_updated`: The date when the pipeline was last updated

        #### Response Examples
        ```
        [
          {
            "id": "6b0cea21-2657-4fa3-a331-de646e3cfdc4",
            "name": "pipeline-1",
            "project": "project-1",
            "description": "my description",
            "input_type": "structured",
            "input_fields": [
              {
                "name": "field-1",
                "data_type": "int"
              },
              {
                "name": "field-2",
                "data_type": "double"
              }
            ],
            "creation_date": "2020-05-12T16:23:15.456812Z",
            "last_updated": "2020-06-22T18:04:76.123754Z"
          },
          {
            "id": "b6f60ebf-48ef-4084-9fbb-9ac0f934093e",
            "name": "pipeline-2",
            "project": "project-1",
            "description": "my description",
            "input_type": "plain",
            "input_fields": [],
            "creation_date": "2020-03-24T09:43:51.791253Z",
            "last_updated": "2020-05-19T11:52:21.163270Z"
          }
        ]
        ```"""
        return self.api_client.call(_PIPELINES_LIST, (project_name,), _options).data

    @_validated
    def pipelines_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[PipelineList]]:
        """Like `pipelines_list`, with status code, headers and raw body too."""
        return self.api_client.call(_PIPELINES_LIST, (project_name,), _options)

    @_validated
    def pipelines_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `pipelines_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PIPELINES_LIST, (project_name,), _options)

    @_validated
    def pipelines_request(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineRequestCreate, dict[str, Any]],
        pipeline_timeout: Optional[StrictInt] = None,
        model_timeout: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> PipelineRequestList:
        """Make a request to a pipeline

        ### Description
        Make a pipeline request. This method returns all the results of the model requests made within the pipeline.

        ### Required Parameters
        A dictionary which contains the input fields of the pipeline as keys

        ### Optional Parameters
        These parameters should be given as GET parameters
        - `pipeline_timeout`: Timeout for the entire pipeline request in seconds. The maximum allowed value is 7200 and the default value is 3600.
        - `model_timeout`: Timeout for each model request in the pipeline in seconds.  The maximum allowed value is 3600 and the default value is 300.
        Maximum allowed value for both is 3600 seconds and the default value is 300 seconds.

        #### Request Examples
        ```
        {
          "pipeline-input-field-1": 5.0,
          "pipeline-input-field-2": "N"
        }
        ```

        ### Response Structure
        - `project`: Name of the project in which the request is made
        - `pipeline`: Name of the pipeline for which the request is made
        - `pipeline_request_id`: Unique identifier for the pipeline request
        - `model_requests`: A list of dictionaries containing the results of the model requests made for the model objects in the pipeline. The dictionaries contain the following fields:
            - `request_id`: Unique identifier for the model request
            - `pipeline_object`: Name of the object in the pipeline
            - `success`: A boolean value that indicates whether the model request was successful
            - `request_data`: Input data for the model request
            - `result`: Model request result value. NULL if the request failed.
            - `error_message`: An error message explaining why the request has failed. NULL if the request was successful.

        #### Response Examples
        ```
        {
          "project": "project-1",
          "pipeline": "pipeline-1",
          "pipeline_request_id": "286f771b-6617-4985-ab49-12ed720e62b1",
          "model_requests": [
            {
              "request_id": "a7524614-bdb7-41e1-b4c1-653bb72c30b4",
              "pipeline_object": "model-object-1",
              "success": true,
              "request_data": {
                "model-1-input-field-1": 5,
                "model-1-input-field-2": 0.4
              },
              "result": {
                "model-1-output-field-1": 0.23,
                "model-1-output-field-2": 10
              },
              "error_message": None
            },
            {
              "request_id": "fe322c50-58f8-4e67-b7d6-cba14273874e",
              "pipeline_object": "model-object-2",
              "success": false,
              "request_data": {
                "model-2-input-field": 10
              },
              "result": None,
              "error_message": "Invalid message format"
            }
          ]
        }
        ```"""
        return self.api_client.call(
            _PIPELINES_REQUEST,
            (project_name, pipeline_name, data, pipeline_timeout, model_timeout),
            _options,
        ).data

    @_validated
    def pipelines_request_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineRequestCreate, dict[str, Any]],
        pipeline_timeout: Optional[StrictInt] = None,
        model_timeout: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[PipelineRequestList]:
        """Like `pipelines_request`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PIPELINES_REQUEST,
            (project_name, pipeline_name, data, pipeline_timeout, model_timeout),
            _options,
        )

    @_validated
    def pipelines_request_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineRequestCreate, dict[str, Any]],
        pipeline_timeout: Optional[StrictInt] = None,
        model_timeout: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `pipelines_request`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PIPELINES_REQUEST,
            (project_name, pipeline_name, data, pipeline_timeout, model_timeout),
            _options,
        )

    @_validated
    def pipelines_update(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> PipelineList:
        """Update pipeline

        ### Description
        Update a pipeline. All necessary fields are validated again.

        ### Optional Parameters
        - `name`: New name for the pipeline
        - `description`: New description for the pipeline
        - `input_type`: New type for the pipeline. It is possible to change the type from plain to structured and vice versa.
        - `input_fields`: New input fields for the pipeline.

        If the type of pipeline is updated to plain, the input fields are deleted. In this case, input_fields should either be omitted or provided as en empty list.
        If the type of pipeline is updated to structured, the old fields are deleted, if there existed any. The new fields are created. If one or more old fields need to be kept, they must be provided again.

        #### Request Examples
        ```
        {
          "name": "new-pipeline-name"
        }
        ```

        ```
        {
          "description": "New pipeline description"
        }
        ```

        ```
        {
          "input_type": "plain"
        }
        ```

        ```
        {
          "input_type": "structured",
          "input_fields": [
            {
              "name": "new-field-1",
              "data_type": "array_double"
            },
            {
              "name": "new-field-2",
              "data_type": "array_string"
            }
          ]
        }
        ```

        ### Response Structure
        Details of the updated pipeline
        - `id`: Unique identifier for the pipeline (UUID)
        - `name`: Name of the pipeline
        - `project`: Project name in which the pipeline is defined
        - `description`: Description for the pipeline
        - `input_type`: Type of the pipeline
        - `input_fields`: A list of pipeline fields with name and data_type
        - `creation_date`: The date when the pipeline was created
        - `last_updated`: The date when the pipeline was last updated

        #### Response Examples
        ```
        {
          "id": "b6f60ebf-48ef-4084-9fbb-9ac0f934093e",
          "name": "new-pipeline-name",
          "project": "project-1",
          "description": "my description",
          "input_type": "structured",
          "input_fields": [
            {
              "name": "new-field-1",
              "data_type": "array_double"
            },
            {
              "name": "new-field-2",
              "data_type": "array_string"
            }
          ],
          "creation_date": "2020-03-24T09:43:51.791253Z",
          "last_updated": "2020-05-19T11:52:21.163270Z"
        }
        ```"""
        return self.api_client.call(
            _PIPELINES_UPDATE, (project_name, pipeline_name, data), _options
        ).data

    @_validated
    def pipelines_update_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[PipelineList]:
        """Like `pipelines_update`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PIPELINES_UPDATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    def pipelines_update_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `pipelines_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PIPELINES_UPDATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    def project_environment_variables_create(
        self,
        project_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Create project environment variable

        ### Description
        Create an environment variable for the project. This variable will be inherited by all models in this project.

        ### Required Parameters
        - `name`: The name of the variable. The variable will have this name when accessed from your model code. The variable name should contain only letters and underscores, and not start or end with an underscore.
        - `value`: The value of the variable as a string. It may be an empty string ("").
        - `secret`: If this variable contains sensitive information, set this to true to hide it from other users.

        #### Request Examples
        ```
        {
          "name": "database_schema",
          "value": "public",
          "secret": false
        }
        ```

        ```
        {
          "name": "database_password",
          "value": "password",
          "secret": true
        }
        ```

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        {
          "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
          "name": "database_schema",
          "value": "public",
          "secret": false
        }
        ```

        ```
        {
          "id": "06c2c8be-507e-4fae-981d-54e94f22dab0",
          "name": "database_password",
          "value": null,
          "secret": true
        }
        ```"""
        return self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_CREATE, (project_name, data), _options
        ).data

    @_validated
    def project_environment_variables_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `project_environment_variables_create`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_CREATE, (project_name, data), _options
        )

    @_validated
    def project_environment_variables_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `project_environment_variables_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PROJECT_ENVIRONMENT_VARIABLES_CREATE, (project_name, data), _options
        )

    @_validated
    def project_environment_variables_delete(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete project environment variable

        ### Description
        Delete an environment variable of the project"""
        self.api_client.call(_PROJECT_ENVIRONMENT_VARIABLES_DELETE, (project_name, id), _options)

    @_validated
    def project_environment_variables_delete_with_http_info(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `project_environment_variables_delete`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_DELETE, (project_name, id), _options
        )

    @_validated
    def project_environment_variables_delete_without_preload_content(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `project_environment_variables_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PROJECT_ENVIRONMENT_VARIABLES_DELETE, (project_name, id), _options
        )

    @_validated
    def project_environment_variables_get(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> EnvironmentVariableList:
        """Get project environment variable

        ### Description
        Retrieve details of a project environment variable.

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        [
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false
          }
        ]
        ```"""
        return self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_GET, (project_name, id), _options
        ).data

    @_validated
    def project_environment_variables_get_with_http_info(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `project_environment_variables_get`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_GET, (project_name, id), _options
        )

    @_validated
    def project_environment_variables_get_without_preload_content(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `project_environment_variables_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PROJECT_ENVIRONMENT_VARIABLES_GET, (project_name, id), _options
        )

    @_validated
    def project_environment_variables_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[EnvironmentVariableList]:
        """List project environment variables

        ### Description
        List the environment variables defined for the project. These are the variables that are inherited by all models in this project.

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        [
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false
          },
          {
            "id": "06c2c8be-507e-4fae-981d-54e94f22dab0",
            "name": "database_password",
            "value": null,
            "secret": true
          }
        ]
        ```"""
        return self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_LIST, (project_name,), _options
        ).data

    @_validated
    def project_environment_variables_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[EnvironmentVariableList]]:
        """Like `project_environment_variables_list`, with status code, headers and raw body too."""
        return self.api_client.call(_PROJECT_ENVIRONMENT_VARIABLES_LIST, (project_name,), _options)

    @_validated
    def project_environment_variables_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `project_environment_variables_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PROJECT_ENVIRONMENT_VARIABLES_LIST, (project_name,), _options
        )

    @_validated
    def project_environment_variables_update(
        self,
        project_name: StrictStr,
        id: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Update project environment variable

        ### Description
        Update an environment variable for the projects

        ### Required Parameters
        - `name`: The name of the variable. The variable will have this name when accessed from your model code. The variable name should contain only letters and underscores, and not start or end with an underscore.
        - `value`: The value of the variable as a string. It may be an empty string.
        - `secret`: If this variable contains sensitive information, set this to true to hide it from other users. Can be updated from false to true, but not from true to false (i.e. secrets will stay secrets).

        #### Request Examples
        ```
        {
          "name": "database_schema",
          "value": "new+schema",
          "secret": false
        }
        ```

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        {
          "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
          "name": "database_schema",
          "value": "new_schema",
          "secret": false
        }
        ```"""
        return self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_UPDATE, (project_name, id, data), _options
        ).data

    @_validated
    def project_environment_variables_update_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `project_environment_variables_update`, with status code, headers and raw body too."""
        return self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_UPDATE, (project_name, id, data), _options
        )

    @_validated
    def project_environment_variables_update_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `project_environment_variables_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _PROJECT_ENVIRONMENT_VARIABLES_UPDATE, (project_name, id, data), _options
        )

    @_validated
    def project_usage_get(
        self,
        project_name: StrictStr,
        start_month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[UsagePerMonth]:
        """Get resource usage

        ### Description
        Get resource usage for the project. This returns a list of metrics that are used for billing, aggregated per month.

        ### Optional Parameters
        - `start_month`: date indicating the start month to fetch usage data from, formatted `YYYY-MM`. If omitted results are generated from one year ago.

        ### Response Structure
         - `metric`: The metric that was measured
         - `object_type`: Type of object the metric was measured for (model version, pipeline or connector)
         - `usage`: an array of objects each containing the following:
             - `month`: Timestamp denoting the start of the month
             - `value`: Aggregated metric value for the given unit over the given month

        #### Response Examples
        ```
        [
          {
            "object_type": "pipeline",
            "metric": "input_volume",
            "usage": [
              {
                "month": "2019-08-01T00:00:00Z",
                "value": 1840
              },
              {
                "month": "2019-09-01T00:00:00Z",
                "value": 400
              },
              {
                "month": "2019-10-01T00:00:00Z",
                "value": 1204
              },
              {
                "month": "2019-11-01T00:00:00Z",
                "value": 1598
              },
              {
                "month": "2019-12-01T00:00:00Z",
                "value": 824
              },
              {
                "month": "2020-01-01T00:00:00Z",
                "value": 2036
              },
              {
                "month": "2020-02-01T00:00:00Z",
                "value": 1438
              },
              {
                "month": "2020-03-01T00:00:00Z",
                "value": 932
              },
              {
                "month": "2020-04-01T00:00:00Z",
                "value": 528
              },
              {
                "month": "2020-05-01T00:00:00Z",
                "value": 1484
              },
              {
                "month": "2020-06-01T00:00:00Z",
                "value": 1942
              },
              {
                "month": "2020-07-01T00:00:00Z",
                "value": 1332
              }
            ]
          }
        ]

        ```"""
        return self.api_client.call(_PROJECT_USAGE_GET, (project_name, start_month), _options).data

    @_validated
    def project_usage_get_with_http_info(
        self,
        project_name: StrictStr,
        start_month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[UsagePerMonth]]:
        """Like `project_usage_get`, with status code, headers and raw body too."""
        return self.api_client.call(_PROJECT_USAGE_GET, (project_name, start_month), _options)

    @_validated
    def project_usage_get_without_preload_content(
        self,
        project_name: StrictStr,
        start_month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `project_usage_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PROJECT_USAGE_GET, (project_name, start_month), _options)

    @_validated
    def projects_create(
        self, data: Union[ProjectCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ProjectList:
        """Create projects

        ### Description
        Create a new project with the provided name.
        **Only the organization admins have permission to make this request.** When a new project is created, the current organization admins are assigned project-admin role for the created project.

        ### Required Parameters
        - `name`: Name of the project. The name is globally unique. It can only consist of lowercase letters, numbers and dashes (-), and must start with a lowercase letter.

        - `organization_name`: Name of the organization in which the project is going to be created

        #### Request Examples
        ```
        {
          "name": "project-1",
          "organization_name": "organization-1"
        }
        ```

        ### Response Structure
        Details of the created project
        - `id`: Unique identifier for the project (UUID)

        - `name`: Name of the project

        - `creation_date`: Time the project was created

        - `organization_name`: Name of the organization in which the project is created

        #### Response Examples
        ```
        {
          "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
          "name": "project-1",
          "creation_date": "2018-10-26",
          "organization_name": "organization-1"
        }
        ```"""
        return self.api_client.call(_PROJECTS_CREATE, (data,), _options).data

    @_validated
    def projects_create_with_http_info(
        self, data: Union[ProjectCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ProjectList]:
        """Like `projects_create`, with status code, headers and raw body too."""
        return self.api_client.call(_PROJECTS_CREATE, (data,), _options)

    @_validated
    def projects_create_without_preload_content(
        self, data: Union[ProjectCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `projects_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PROJECTS_CREATE, (data,), _options)

    @_validated
    def projects_delete(self, project_name: StrictStr, **_options: Unpack[RequestOptions]) -> None:
        """Delete a project

        ### Description
        Delete a project. The user making the request must have appropriate permissions.
        **When project is deleted, all the models, connectors and pipelines defined in it are also deleted.**
        """
        self.api_client.call(_PROJECTS_DELETE, (project_name,), _options)

    @_validated
    def projects_delete_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `projects_delete`, with status code, headers and raw body too."""
        return self.api_client.call(_PROJECTS_DELETE, (project_name,), _options)

    @_validated
    def projects_delete_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `projects_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PROJECTS_DELETE, (project_name,), _options)

    @_validated
    def projects_get(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ProjectList:
        """Get details of a project

        ### Description
        Get the details of a single project. The user making the request must have appropriate permissions.

        ### Response Structure
        Details of a project
        - `id`: Unique identifier for the project (UUID)

        - `name`: Name of the project

        - `creation_date`: Time the project was created

        - `organization_name`: Name of the organization in which the project is created

        #### Response Examples
        ```
        {
          "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
          "name": "project-1",
          "creation_date": "2018-10-26",
          "organization_name": "organization-1"
        }
        ```"""
        return self.api_client.call(_PROJECTS_GET, (project_name,), _options).data

    @_validated
    def projects_get_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ProjectList]:
        """Like `projects_get`, with status code, headers and raw body too."""
        return self.api_client.call(_PROJECTS_GET, (project_name,), _options)

    @_validated
    def projects_get_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `projects_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PROJECTS_GET, (project_name,), _options)

    @_validated
    def projects_list(self, **_options: Unpack[RequestOptions]) -> list[ProjectList]:
        """List projects

        ### Description
        List all projects to which the user making request has access. The projects in organizations to which the user belongs are shown.

        ### Response Structure
        A list of details of the projects
        - `id`: Unique identifier for the project (UUID)

        - `name`: Name of the project

        - `creation_date`: Time the project was created

        - `organization_name`: Name of the organization in which the project is created

        #### Response Examples
        ```
        [
          {
            "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
            "name": "project-1",
            "creation_date": "2018-10-26",
            "organization_name": "organization-1"
          },
          {
            "id": "e6a85cd7-94cc-44cf-9fa0-4b462d5a71ab",
            "name": "project-2",
            "creation_date": "2019-06-20",
            "organization_name": "organization-2"
          }
        ]
        ```"""
        return self.api_client.call(_PROJECTS_LIST, (), _options).data

    @_validated
    def projects_list_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ProjectList]]:
        """Like `projects_list`, with status code, headers and raw body too."""
        return self.api_client.call(_PROJECTS_LIST, (), _options)

    @_validated
    def projects_list_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `projects_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PROJECTS_LIST, (), _options)

    @_validated
    def projects_log_list(
        self,
        project_name: StrictStr,
        data: Union[LogsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> list[Logs]:
        """List logs for a project

        ### Description
        Retrieve the logs of all objects in a project, including models, pipelines, connectors and requests. Using filters you can filter the logs on the objects and information of your choice.

        ### Required Parameters
        - `filters`: A dictionary containing information to filter logs on. It may contain zero or more of the following fields:

            - `model_name`: name of a model

            - `model_version`: a version name. If this field is present in the request, model_name must also be given. The versions are only meaningful in combination with the models they are defined for.

            - `connector_name`: name of a connector

            - `pipeline_name`: name of a pipeline

            - `pipeline_object_name`: name of a pipeline object. If this field is present in the request, pipeline_name must also be given. The pipeline objects are only meaningful in combination with the pipelines they are defined in.

            - `request_id`: the UUID of a model request

            - `pipeline_request_id`: the UUID of a pipeline request

            - `system`: whether the log was generated by the system or user code (true / false)


        Any combination of filters may be given in the request. For example, if only a model_name is provided, all logs for that model are returned. These logs can contain information from all the pipelines that model is referenced in. If the filters dictionary is empty, all logs for all objects in the project are returned.

        ### Optional Parameters
        - `date`: Starting date for the logs. If it is not provided and the `id` parameter is not set, the most recent logs are returned. It should be provided in ISO 8601 format. The results are inclusive of the given date.

        - `id`: identifier for log lines. If specified, it will act as a starting point for the interval in which to query the logs. This can be useful when making multiple queries to obtain consecutive logs

            It will include the log having the log id equal to the id value in the response, regardless of whether the date_range is positive or negative.
        - `limit`: Limit for the logs response. If specified, it will limit the total number of logs returned from the query to the specified number. Defaults to 50, the maximum is 500.

        - `date_range`: The date range parameter sets the interval of time in which to query the logs, specified in seconds. It may be a positive or a negative value.

            If it is positive, logs starting from the specified date / log id (both inclusive) plus date range seconds towards the present time are returned.

            Otherwise, logs starting from the specified date / log id (both inclusive) minus date range seconds towards the past are returned.

            The default value is -21600 (6 hours). The maximum value is -/+ 86400 seconds (24 hours).

        If no date or id is specified, the API will use the current time as a starting point and try to fetch the logs starting from now minus date range seconds into the past.

        #### Request Examples
        ```
        {
          "filters": {
            "model_name": "model-1",
            "model_version": "v1"
          },
          "date": "2020-01-01T00:00:00.000000Z"
        }
        ```

        ```
        {
          "filters": {
            "connector_name": "s3-connector",
            "pipeline_name": "pipeline-1"
          },
          "id": "41d7a7c5cd025e3501a00000",
          "date_range": -100
        }
        ```

        ```
        {
          "filters": {
            "connector_name": "s3-connector",
            "pipeline_name": "pipeline-1"
          },
          "date_range": 100
        }
        ```

        ```
        {
          "filters": {
            "connector_name": "s3-connector",
            "pipeline_name": "pipeline-1"
          },
          "date": "2020-01-01T00:00:00.000000Z",
          "date_range": -86400,
          "limit": 5
        }
        ```

        ### Response Structure
        A list of log details
        - `id`: Unique UUID of the log line

        - `log`: Log line text

        - `date`: Time the log line was created

        The following fields will be returned on response if they are set for the log line:
        - `connector_name`:  The connector which the log is related to

        - `model_name`:  The model which the log is related to

        - `model_version`:  The model version which the log is related to

        - `pipeline_name`:  The pipeline which the log is related to

        - `pipeline_object_name`: The pipeline object which the log is related to

        - `request_id`:  The model request the log is related to

        - `pipeline_request_id`:  The pipeline request the log is related to

        - `system`:  Whether the log was generated by the system (true / false)

        #### Response Examples
        Logs for a specific model and version
        ```
        [
          {
            "id": "5dcad12ba76a2c6e4331f180",
            "model_name": "model-1",
            "model_version": "v1",
            "date": "2020-01-01T00:00:00.000000Z",
            "log": "[Info] Prediction result 0.14981"
          },
          {
            "id": "5dcad12ba76a2c6e4331f181",
            "model_name": "model-1",
            "model_version": "v1",
            "pipeline_name": "pipeline-2",
            "pipeline_object_name": "model-1-v1-object",
            "pipeline_trace_id": "8bb6ed79-8606-4acf-acd2-90507130523c",
            "date": "2020-01-01T00:00:01.000000Z",
            "log": "[Error] Model call result (failed)"
          }
        ]
        ```

        Logs for a specific pipeline
        ```
        [
          {
            "id": "5dcad12ba76a2c6e4331f192",
            "model_name": "model-2",
            "model_version": "v2",
            "pipeline_name": "pipeline-1",
            "pipeline_object_name": "model-2-v2-object",
            "pipeline_trace_id": "4f75b10d-6012-47ab-ae68-cc9e69f35841",
            "date": "2020-01-01T00:00:00.000000Z",
            "log": "[Info] Model call result (success): 0.2316"
          },
          {
            "id": "5dcad12ba76a2c6e4331f193",
            "connector_name": "s3-connector",
            "pipeline_name": "pipeline-1",
            "pipeline_object_name": "s3-connector-object",
            "pipeline_trace_id": "4f75b10d-6012-47ab-ae68-cc9e69f35841",
            "date": "2020-01-01T00:00:01.000000Z",
            "log": "Could not connect to database: connection timed out"
          }
        ]
        ```"""
        return self.api_client.call(_PROJECTS_LOG_LIST, (project_name, data), _options).data

    @_validated
    def projects_log_list_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[LogsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[Logs]]:
        """Like `projects_log_list`, with status code, headers and raw body too."""
        return self.api_client.call(_PROJECTS_LOG_LIST, (project_name, data), _options)

    @_validated
    def projects_log_list_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[LogsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `projects_log_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PROJECTS_LOG_LIST, (project_name, data), _options)

    @_validated
    def projects_resource_usage(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ProjectResourceUsage:
        """List resource usage of a project

        ### Description
        List the total number of resources used in a project

        ### Response Structure
        A list containing the number of
        - models

        - versions

        - connectors

        - pipelines

        currently defined in the project.

        #### Response Examples
        ```
        {
          "models": 30,
          "versions": 47,
          "connectors": 1,
          "pipelines": 2
        }
        ```"""
        return self.api_client.call(_PROJECTS_RESOURCE_USAGE, (project_name,), _options).data

    @_validated
    def projects_resource_usage_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ProjectResourceUsage]:
        """Like `projects_resource_usage`, with status code, headers and raw body too."""
        return self.api_client.call(_PROJECTS_RESOURCE_USAGE, (project_name,), _options)

    @_validated
    def projects_resource_usage_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `projects_resource_usage`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PROJECTS_RESOURCE_USAGE, (project_name,), _options)

    @_validated
    def projects_update(
        self,
        project_name: StrictStr,
        data: Union[ProjectUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ProjectList:
        """Update a project

        ### Description
        Update the name of a single project. The user making the request must have appropriate permissions.

        ### Optional Parameters
        - `name`: New project name

        #### Request Examples
        ```
        {
          "name": "project-name-example"
        }
        ```

        ### Response Structure
        Details of a project
        - `id`: Unique identifier for the project (UUID)

        - `name`: Name of the project

        - `creation_date`: Time the project was created

        - `organization_name`: Name of the organization in which the project is created

        #### Response Examples
        ```
        {
          "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
          "name": "project-1",
          "creation_date": "2018-10-26",
          "organization_name": "organization-1"
        }
        ```"""
        return self.api_client.call(_PROJECTS_UPDATE, (project_name, data), _options).data

    @_validated
    def projects_update_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[ProjectUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ProjectList]:
        """Like `projects_update`, with status code, headers and raw body too."""
        return self.api_client.call(_PROJECTS_UPDATE, (project_name, data), _options)

    @_validated
    def projects_update_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[ProjectUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `projects_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(_PROJECTS_UPDATE, (project_name, data), _options)

    @_validated
    def role_assignments_create(
        self,
        project_name: StrictStr,
        data: Union[RoleAssignmentCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RoleAssignmentList:
        """Assign a role to a user in a project

        ### Description
        Assign a role to a user in the scope of a project. This role can be assigned on either project level or on object level, which can be a model, credentials, connector or pipeline.
        The user making the request must have appropriate permissions.

        ### Required Parameters
        - `user_id`: Unique identifier for the user (UUID)

        - `role`: Name of the role to be assigned to the user


        ### Optional Parameters
        - `object_name`: Name of the object for which the role will be assigned

        - `object_type`: Type of the object for which the role will be assigned. It can be project, model, credentials, connector or pipeline.

        **object_name and object_type must be provided together. If neither of them is provided, the role is set on project level.**

        #### Request Examples
        Setting the role model-admin on project level for user with id 02b77d8f-b312-47ef-990f-4685a7ab9363
        ```
        {
          "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
          "role": "model-admin"
        }
        ```

        Setting the role model-viewer on model-1 for user with id 02b77d8f-b312-47ef-990f-4685a7ab9363
        ```
        {
          "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
          "role": "model-viewer",
          "object_name": "model-1",
          "object_type": "model"
        }
        ```

        ### Response Structure
        Details of the created role assignment
        - `id`: Unique identifier for the role assignment (UUID)

        - `user_id`: Unique identifier for the user (UUID)

        - `role`: Name of the role assigned to the user

        - `object_name`: Name of the object for which the role is assigned

        - `object_type`: Type of the object for which the role is assigned. It can be project, model, credentials, connector or pipeline.

        #### Response Examples
        ```
        {
          "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
          "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
          "role": "model-admin",
          "object_name": "project-1",
          "object_type": "project"
        }
        ```

        ```
        {
          "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
          "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
          "role": "model-viewer",
          "object_name": "model-1",
          "object_type": "model"
        }
        ```"""
        return self.api_client.call(_ROLE_ASSIGNMENTS_CREATE, (project_name, data), _options).data

    @_validated
    def role_assignments_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[RoleAssignmentCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[RoleAssignmentList]:
        """Like `role_assignments_create`, with status code, headers and raw body too."""
        return self.api_client.call(_ROLE_ASSIGNMENTS_CREATE, (project_name, data), _options)

    @_validated
    def role_assignments_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[RoleAssignmentCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `role_assignments_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ROLE_ASSIGNMENTS_CREATE, (project_name, data), _options)

    @_validated
    def role_assignments_delete(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a role from a user with the given role assignment id

        ### Description
        Delete a role of a user. The user making the request must have appropriate permissions. It is possible for a user to delete their own role if they have permissions to do so.
        """
        self.api_client.call(_ROLE_ASSIGNMENTS_DELETE, (project_name, id), _options)

    @_validated
    def role_assignments_delete_with_http_info(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `role_assignments_delete`, with status code, headers and raw body too."""
        return self.api_client.call(_ROLE_ASSIGNMENTS_DELETE, (project_name, id), _options)

    @_validated
    def role_assignments_delete_without_preload_content(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `role_assignments_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ROLE_ASSIGNMENTS_DELETE, (project_name, id), _options)

    @_validated
    def role_assignments_get(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RoleAssignmentList:
        """Get details of a role assignment

        ### Description
        Get the details of a role assignment of a user. The user making the request must have appropriate permissions.

        ### Response Structure
        Details of the role assignment
        - `id`: Unique identifier for the role assignment (UUID)

        - `user_id`: Unique identifier for the user (UUID)

        - `role`: Name of the role assigned to the user

        - `object_name`: Name of the object for which the role is assigned

        - `object_type`: Type of the object for which the role is assigned. It can be project, model, credentials, connector or pipeline.

        #### Response Examples
        ```
        {
          "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
          "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
          "role": "model-viewer",
          "object_name": "model-1",
          "object_type": "model"
        }
        ```"""
        return self.api_client.call(_ROLE_ASSIGNMENTS_GET, (project_name, id), _options).data

    @_validated
    def role_assignments_get_with_http_info(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[RoleAssignmentList]:
        """Like `role_assignments_get`, with status code, headers and raw body too."""
        return self.api_client.call(_ROLE_ASSIGNMENTS_GET, (project_name, id), _options)

    @_validated
    def role_assignments_get_without_preload_content(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `role_assignments_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ROLE_ASSIGNMENTS_GET, (project_name, id), _options)

    @_validated
    def role_assignments_per_user_list(
        self, project_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[RoleAssignmentList]:
        """List the roles assigned to a specific user in a project

        ### Description
        List the roles assigned to a user in the scope of a project.

        ### Response Structure
        - `id`: Unique identifier for the role assignment (UUID)

        - `user_id`: Unique identifier for the user (UUID)

        - `role`: Name of the role assigned to the user

        - `object_name`: Name of the object for which the role is assigned

        - `object_type`: Type of the object for which the role is assigned. It can be project, model, credentials, connector or pipeline.

        #### Response Examples
        ```
        [
          {
            "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
            "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
            "role": "model-viewer",
            "object_name": "model-1",
            "object_type": "model"
          },
          {
            "id": "13cf9dd7-7356-4797-b453-e0cb6b416162",
            "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
            "role": "connector-admin",
            "object_name": "connector-1",
            "object_type": "connector"
          }
        ]
        ```"""
        return self.api_client.call(
            _ROLE_ASSIGNMENTS_PER_USER_LIST, (project_name, user_id), _options
        ).data

    @_validated
    def role_assignments_per_user_list_with_http_info(
        self, project_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[RoleAssignmentList]]:
        """Like `role_assignments_per_user_list`, with status code, headers and raw body too."""
        return self.api_client.call(
            _ROLE_ASSIGNMENTS_PER_USER_LIST, (project_name, user_id), _options
        )

    @_validated
    def role_assignments_per_user_list_without_preload_content(
        self, project_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `role_assignments_per_user_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _ROLE_ASSIGNMENTS_PER_USER_LIST, (project_name, user_id), _options
        )

    @_validated
    def roles_create(
        self,
        project_name: StrictStr,
        data: Union[RoleCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RoleDetailList:
        """Create a custom role scoped in a project

        ### Description
        Create a custom role in the scope of a project. This role is not accessible from other projects.
        The user making the request must have appropriate permissions.

        ### Required Parameters
        - `name`: Name of the role which will be created. It can only consist of lowercase letters, numbers and dashes (-), and must start with a lowercase letter.

        - `permissions`: A list of permissions which the role will contain. The list of available permissions can be obtained with */permissions* endpoint.


        #### Request Examples
        ```
        {
          "name": "custom-model-editor-role",
          "permissions": [
            "models.list",
            "models.get",
            "models.delete"
          ]
        }
        ```

        ### Response Structure
        Details of the created role
        - `id`: Unique identifier for the created role (UUID)

        - `name`: Name of the created role

        - `default`: A boolean value that indicates whether the role is a default role or not

        - `permissions`: A list of permissions which the role contains

        #### Response Examples
        ```
        {
          "id": "18a4a60d-d5f0-4099-9c6e-543bf2fd5a1d",
          "name": "custom-model-editor-role",
          "default": false,
          "permissions": [
            "models.list",
            "models.get",
            "models.delete"
          ]
        }
        ```"""
        return self.api_client.call(_ROLES_CREATE, (project_name, data), _options).data

    @_validated
    def roles_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[RoleCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[RoleDetailList]:
        """Like `roles_create`, with status code, headers and raw body too."""
        return self.api_client.call(_ROLES_CREATE, (project_name, data), _options)

    @_validated
    def roles_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[RoleCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `roles_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ROLES_CREATE, (project_name, data), _options)

    @_validated
    def roles_delete(
        self, project_name: StrictStr, role_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a role from a project

        ### Description
        Delete a role from a project. The user making the request must have appropriate permissions.
        **Default roles cannot be deleted.**"""
        self.api_client.call(_ROLES_DELETE, (project_name, role_name), _options)

    @_validated
    def roles_delete_with_http_info(
        self, project_name: StrictStr, role_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `roles_delete`, with status code, headers and raw body too."""
        return self.api_client.call(_ROLES_DELETE, (project_name, role_name), _options)

    @_validated
    def roles_delete_without_preload_content(
        self, project_name: StrictStr, role_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `roles_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ROLES_DELETE, (project_name, role_name), _options)

    @_validated
    def roles_get(
        self, project_name: StrictStr, role_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RoleDetailList:
        """Get details of a role

        ### Description
        Get the details of a role. The user making the request must have appropriate permissions.

        ### Response Structure
        Details of the role
        - `id`: Unique identifier for the role (UUID)

        - `name`: Name of the role

        - `default`: A boolean value that indicates whether the role is a default role or not

        - `permissions`: A list of permissions which the role contains

        #### Response Examples
        ```
        {
          "id": "18a4a60d-d5f0-4099-9c6e-543bf2fd5a1d",
          "name": "custom-model-editor-role",
          "default": false,
          "permissions": [
            "models.list",
            "models.get",
            "models.delete"
          ]
        }
        ```"""
        return self.api_client.call(_ROLES_GET, (project_name, role_name), _options).data

    @_validated
    def roles_get_with_http_info(
        self, project_name: StrictStr, role_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[RoleDetailList]:
        """Like `roles_get`, with status code, headers and raw body too."""
        return self.api_client.call(_ROLES_GET, (project_name, role_name), _options)

    @_validated
    def roles_get_without_preload_content(
        self, project_name: StrictStr, role_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `roles_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ROLES_GET, (project_name, role_name), _options)

    @_validated
    def roles_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[RoleList]:
        """List the available roles in a project

        ### Description
        List the roles available in the scope of a project. Information on which permissions each role contains, can be obtained with a call to get details of a single role.

        ### Response Structure
        - `id`: Unique identifier for the role (UUID)

        - `name`: Name of the role

        - `default`: A boolean value that indicates whether the role is a default role or not


        #### Response Examples
        ```
        [
          {
            "id": "34e53855-9b50-47bc-b516-6cb971b1949c",
            "name": "project-admin",
            "default": true
          },
          {
            "id": "00132911-b5dd-4017-b399-85f3ffd2a7c3",
            "name": "project-editor",
            "default": true
          },
          {
            "id": "bf0d5823-8062-40f6-bbd2-21bc732f3c3b",
            "name": "project-viewer",
            "default": true
          }
        ]
        ```"""
        return self.api_client.call(_ROLES_LIST, (project_name,), _options).data

    @_validated
    def roles_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[RoleList]]:
        """Like `roles_list`, with status code, headers and raw body too."""
        return self.api_client.call(_ROLES_LIST, (project_name,), _options)

    @_validated
    def roles_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `roles_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ROLES_LIST, (project_name,), _options)

    @_validated
    def roles_update(
        self,
        project_name: StrictStr,
        role_name: StrictStr,
        data: Union[RoleUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RoleDetailList:
        """Update a role in a project

        ### Description
        Update a role in a project. The user making the request must have appropriate permissions.
        **Default roles cannot be updated.**

        ### Optional Parameters
        - `name`: New name for the role. It can only consist of lowercase letters, numbers and dashes (-), and must start with a lowercase letter.

        - `permissions`: A new list of permissions which the role will contain. The previous permissions will be replaced with the given ones. The list of available permissions can be obtained with */permissions* endpoint.


        #### Request Examples
        ```
        {
          "name": "new-model-editor-role",
          "permissions": [
            "models.list",
            "models.get"
          ]
        }
        ```

        ### Response Structure
        Details of the updated role
        - `id`: Unique identifier for the role (UUID)

        - `name`: Name of the updated role

        - `default`: A boolean value that indicates whether the role is a default role or not

        - `permissions`: A list of permissions which the role contains

        #### Response Examples
        ```
        {
          "id": "18a4a60d-d5f0-4099-9c6e-543bf2fd5a1d",
          "name": "new-model-editor-role",
          "default": false,
          "permissions": [
            "models.list",
            "models.get"
          ]
        }
        ```"""
        return self.api_client.call(_ROLES_UPDATE, (project_name, role_name, data), _options).data

    @_validated
    def roles_update_with_http_info(
        self,
        project_name: StrictStr,
        role_name: StrictStr,
        data: Union[RoleUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[RoleDetailList]:
        """Like `roles_update`, with status code, headers and raw body too."""
        return self.api_client.call(_ROLES_UPDATE, (project_name, role_name, data), _options)

    @_validated
    def roles_update_without_preload_content(
        self,
        project_name: StrictStr,
        role_name: StrictStr,
        data: Union[RoleUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `roles_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(_ROLES_UPDATE, (project_name, role_name, data), _options)

    @_validated
    def scheduled_requests_create(
        self,
        project_name: StrictStr,
        data: Union[ScheduleCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ScheduleList:
        """Create scheduled requests

        ### Description
        Create a new scheduled request with the provided name

        ### Required Parameters
        - `name`: Name of the request. The name is unique per project. It can only consist of lowercase letters, numbers and dashes (-), and must start with a lowercase letter.

        - `object_type`: Type of object for which the request is made. Can be either 'model' or 'pipeline'.

        - `object_name`: Name of model or pipeline for which the request is made

        - `schedule`: Schedule in crontab format


        ### Optional Parameters
        - `version`: Name of version if type of object is 'model'

        - `request_data`: Input data for the scheduled request. For structured models/pipelines, it must be a dictionary.

        - `batch`: Boolean value indicating whether the requests will be performed as batch requests (true) or as direct requests (false)

        - `timeout`: Timeout in seconds. This field is not used for batch requests.

        - `enabled`: Boolean value indicating whether the scheduled request is enabled or disabled. Default is 'True'.


        #### Request Examples
        ```
        {
          "name": "test-request",
          "object_type": "model",
          "object_name": "test-model",
          "version": "v1",
          "schedule": "0 * 3 * *",
          "request_data": {
            "input_field_1": 2345,
            "input_field_2": 8765
          },
          "batch": false,
          "timeout": 300,
          "enabled": true
        }
        ```

        ### Response Structure
        Details of the created scheduled request
        - `name`: Name of the request

        - `object_type`: Type of object for which the request is made

        - `object_name`: Name of model or pipeline for which the request is made

        - `schedule`: Schedule in crontab format

        - `version`: Name of version if type of object is 'model'

        - `request_data`: Input data for the scheduled request

        - `batch`: Boolean value indicating whether the requests will be performed as batch requests (true) or as direct requests (false)

        - `timeout`: Timeout in seconds

        - `enabled`: Boolean value indicating whether the scheduled request is enabled or disabled

        - `creation_date`: The date when the scheduled request was created

        #### Response Examples
        ```
        {
          "id": "b4a06aed-f7ab-48b3-b579-b12b62db8058",
          "name": "test-request",
          "object_type": "model",
          "object_name": "test-model",
          "version": "v1",
          "schedule": "0 * 3 * *",
          "request_data": {
            "input_field_1": 2345,
            "input_field_2": 8765
          },
          "batch": false,
          "timeout": 300,
          "enabled": true,
          "creation_date": "2020-09-16T08:06:34.457679Z"
        }
        ```"""
        return self.api_client.call(_SCHEDULED_REQUESTS_CREATE, (project_name, data), _options).data

    @_validated
    def scheduled_requests_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[ScheduleCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ScheduleList]:
        """Like `scheduled_requests_create`, with status code, headers and raw body too."""
        return self.api_client.call(_SCHEDULED_REQUESTS_CREATE, (project_name, data), _options)

    @_validated
    def scheduled_requests_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[ScheduleCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `scheduled_requests_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(_SCHEDULED_REQUESTS_CREATE, (project_name, data), _options)

    @_validated
    def scheduled_requests_delete(
        self, project_name: StrictStr, schedule_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a scheduled request

        ### Description
        Delete the scheduled request from the project.

        If you want to temporarily disable a scheduled request, update the request with `enabled` set to False.
        """
        self.api_client.call(_SCHEDULED_REQUESTS_DELETE, (project_name, schedule_name), _options)

    @_validated
    def scheduled_requests_delete_with_http_info(
        self, project_name: StrictStr, schedule_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `scheduled_requests_delete`, with status code, headers and raw body too."""
        return self.api_client.call(
            _SCHEDULED_REQUESTS_DELETE, (project_name, schedule_name), _options
        )

    @_validated
    def scheduled_requests_delete_without_preload_content(
        self, project_name: StrictStr, schedule_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `scheduled_requests_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _SCHEDULED_REQUESTS_DELETE, (project_name, schedule_name), _options
        )

    @_validated
    def scheduled_requests_get(
        self, project_name: StrictStr, schedule_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ScheduleList:
        """Get details of a scheduled request

        ### Description
        Retrieve details of a single scheduled request

        ### Response Structure
        Details of a scheduled request
        - `name`: Name of the request

        - `object_type`: Type of object for which the request is made

        - `object_name`: Name of model or pipeline for which the request is made

        - `schedule`: Schedule in crontab format

        - `version`: Name of version if type of object is 'model'

        - `request_data`: Input data for the scheduled request

        - `batch`: Boolean value indicating whether the requests will be performed as batch requests (true) or as direct requests (false)

        - `timeout`: Timeout in seconds

        - `enabled`: Boolean value indicating whether the scheduled request is enabled or disabled

        - `creation_date`: The date when the scheduled request was created

        #### Response Examples
        ```
        {
          "id": "b4a06aed-f7ab-48b3-b579-b12b62db8058",
          "name": "test-request",
          "object_type": "model",
          "object_name": "test-model",
          "version": "v1",
          "schedule": "0 * 3 * *",
          "request_data": {
            "input_field_1": 2345,
            "input_field_2": 8765
          },
          "batch": false,
          "timeout": 200,
          "enabled": true,
          "creation_date": "2020-09-16T08:06:34.457679Z"
        }
        ```"""
        return self.api_client.call(
            _SCHEDULED_REQUESTS_GET, (project_name, schedule_name), _options
        ).data

    @_validated
    def scheduled_requests_get_with_http_info(
        self, project_name: StrictStr, schedule_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ScheduleList]:
        """Like `scheduled_requests_get`, with status code, headers and raw body too."""
        return self.api_client.call(
            _SCHEDULED_REQUESTS_GET, (project_name, schedule_name), _options
        )

    @_validated
    def scheduled_requests_get_without_preload_content(
        self, project_name: StrictStr, schedule_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `scheduled_requests_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _SCHEDULED_REQUESTS_GET, (project_name, schedule_name), _options
        )

    @_validated
    def scheduled_requests_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[ScheduleList]:
        """List scheduled requests

        ### Description
        List the scheduled requests in a project. The user has to have 'requests.list' permission on either 'models.versions' or 'pipelines' to list the scheduled requests.

        ### Response Structure
        A list of details of all scheduled requests in a project
        - `name`: Name of the request

        - `object_type`: Type of object for which the request is made

        - `object_name`: Name of model or pipeline for which the request is made

        - `schedule`: Schedule in crontab format

        - `version`: Name of version if type of object is 'model'

        - `request_data`: Input data for the scheduled request

        - `batch`: Boolean value indicating whether the requests will be performed as batch requests (true) or as direct requests (false)

        - `timeout`: Timeout in seconds

        - `enabled`: Boolean value indicating whether the scheduled request is enabled or disabled

        - `creation_date`: The date when the scheduled request was created

        #### Response Examples
        ```
        [
            {
              "id": "b4a06aed-f7ab-48b3-b579-b12b62db8058",
              "name": "test-request",
              "object_type": "model",
              "object_name": "test-model",
              "version": "v1",
              "schedule": "0 * 3 * *",
              "request_data": {
                "input_field_1": 2345,
                "input_field_2": 8765
              },
              "batch": false,
              "timeout": 200",
              "enabled": true,
              "creation_date": "2020-09-16T08:06:34.457679Z"
            }
        ]
        ```"""
        return self.api_client.call(_SCHEDULED_REQUESTS_LIST, (project_name,), _options).data

    @_validated
    def scheduled_requests_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ScheduleList]]:
        """Like `scheduled_requests_list`, with status code, headers and raw body too."""
        return self.api_client.call(_SCHEDULED_REQUESTS_LIST, (project_name,), _options)

    @_validated
    def scheduled_requests_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `scheduled_requests_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_SCHEDULED_REQUESTS_LIST, (project_name,), _options)

    @_validated
    def scheduled_requests_update(
        self,
        project_name: StrictStr,
        schedule_name: StrictStr,
        data: Union[ScheduleUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ScheduleList:
        """Update a scheduled request

        ### Description
        Update a scheduled request in a project. Create permissions on the object are necessary for this action.

        ### Optional Parameters
        - `name`: Name of the request. The name is unique per project. It can only consist of lowercase letters, numbers and dashes (-), and must start with a lowercase letter.

        - `schedule`: Schedule in crontab format

        - `request_data`: Input data for the scheduled request. For structured models/pipelines, it must be a dictionary.

        - `batch`: Boolean value indicating whether the requests will be performed as batch requests (true) or as direct requests (false)

        - `timeout`: Timeout in seconds

        - `enabled`: Boolean value indicating whether the scheduled request is enabled or disabled. Default is 'True'.


        #### Request Examples
        ```
        {
          "name": "test-request",
          "schedule": "0 * 3 * *",
          "request_data": {
            "input_field_1": 2345,
            "input_field_2": 8765
          },
          "batch": true,
          "timeout": 360,
          "enabled": false
        }
        ```

        ### Response Structure
        Details of the updated scheduled request
        - `name`: Name of the request

        - `object_type`: Type of object for which the request is made

        - `object_name`: Name of model or pipeline for which the request is made

        - `schedule`: Schedule in crontab format

        - `version`: Name of version if type of object is 'model'

        - `request_data`: Input data for the scheduled request

        - `batch`: Boolean value indicating whether the requests will be performed as batch requests (true) or as direct requests (false)

        - `timeout`: Timeout in seconds

        - `enabled`: Boolean value indicating whether the scheduled request is enabled or disabled

        - `creation_date`: The date when the scheduled request was created

        #### Response Examples
        ```
        {
          "id": "b4a06aed-f7ab-48b3-b579-b12b62db8058",
          "name": "test-request",
          "object_type": "model",
          "object_name": "test-model",
          "version": "v1",
          "schedule": "0 * 3 * *",
          "request_data": {
            "input_field_1": 2345,
            "input_field_2": 8765
          },
          "batch": false,
          "timeout": 360,
          "enabled": true,
          "creation_date": "2020-09-16T08:06:34.457679Z"
        }
        ```"""
        return self.api_client.call(
            _SCHEDULED_REQUESTS_UPDATE, (project_name, schedule_name, data), _options
        ).data

    @_validated
    def scheduled_requests_update_with_http_info(
        self,
        project_name: StrictStr,
        schedule_name: StrictStr,
        data: Union[ScheduleUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ScheduleList]:
        """Like `scheduled_requests_update`, with status code, headers and raw body too."""
        return self.api_client.call(
            _SCHEDULED_REQUESTS_UPDATE, (project_name, schedule_name, data), _options
        )

    @_validated
    def scheduled_requests_update_without_preload_content(
        self,
        project_name: StrictStr,
        schedule_name: StrictStr,
        data: Union[ScheduleUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `scheduled_requests_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _SCHEDULED_REQUESTS_UPDATE, (project_name, schedule_name, data), _options
        )

    @_validated
    def service_status(self, **_options: Unpack[RequestOptions]) -> Status:
        """Service status

        ### Description
        Request the API status. It can be used to determine whether the API is online. You do not have to be authenticated to access this method.

        ### Response Structure
        - `status`: API status, either ok or fail. The database connection is tested at each status request, to make sure that the API is online.

        #### Response Examples
        ```
        {
          "status": "ok"
        }
        ```"""
        return self.api_client.call(_SERVICE_STATUS, (), _options).data

    @_validated
    def service_status_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Status]:
        """Like `service_status`, with status code, headers and raw body too."""
        return self.api_client.call(_SERVICE_STATUS, (), _options)

    @_validated
    def service_status_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `service_status`, returning the HTTP response unread."""
        return self.api_client.call_raw(_SERVICE_STATUS, (), _options)

    @_validated
    def service_users_create(
        self,
        project_name: StrictStr,
        data: Union[ServiceUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ServiceUserDetail:
        """Create a new service user

        ### Description
        Create a new service user. A unique email is generated for the service user. Additionally, a token for this service user is generated. This token can be used to authorize requests sent to our API.

        The token is **ONLY** returned on creation and will not be accessible afterwards.

        ### Optional Parameters
        - `name`: Name of the service user


        #### Request Examples
        ```
        {
          "name": "service-user-1"
        }
        ```

        ### Response Structure
        Details of the created service user
        - `id`: Unique identifier for the service user (UUID)

        - `email`: Email of the service user

        - `token`: The API token for the created service user

        - `name`: Name of the service user

        - `creation_date`: Date when the service user was created

        #### Response Examples
        ```
        {
          "id": "13a9ba27-6888-4528-826e-8e1002eab13d",
          "email": "13a9ba27-6888-4528-826e-8e1002eab13d.project1@serviceuser.ubiops.com",
          "token": "e962d9190348af7fa8d233d75cff7385b4335f81",
          "name": "service-user-1",
          "creation_date": "2020-03-24T09:16:27.504+00:00"
        }
        ```"""
        return self.api_client.call(_SERVICE_USERS_CREATE, (project_name, data), _options).data

    @_validated
    def service_users_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[ServiceUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ServiceUserDetail]:
        """Like `service_users_create`, with status code, headers and raw body too."""
        return self.api_client.call(_SERVICE_USERS_CREATE, (project_name, data), _options)

    @_validated
    def service_users_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[ServiceUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `service_users_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(_SERVICE_USERS_CREATE, (project_name, data), _options)

    @_validated
    def service_users_delete(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete service user

        ### Description
        Delete a service user from a project"""
        self.api_client.call(_SERVICE_USERS_DELETE, (project_name, service_user_id), _options)

    @_validated
    def service_users_delete_with_http_info(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `service_users_delete`, with status code, headers and raw body too."""
        return self.api_client.call(
            _SERVICE_USERS_DELETE, (project_name, service_user_id), _options
        )

    @_validated
    def service_users_delete_without_preload_content(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `service_users_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _SERVICE_USERS_DELETE, (project_name, service_user_id), _options
        )

    @_validated
    def service_users_get(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ServiceUserList:
        """Retrieve details of a service user

        ### Description
        Retrieve details of a service user

        ### Response Structure
        Details of the service user
        - `id`: Unique identifier for the service user (UUID)

        - `email`: Email of the service user

        - `name`: Name of the service user

        - `creation_date`: Date when the service user was created

        #### Response Examples
        ```
        {
          "id": "13a9ba27-6888-4528-826e-8e1002eab13d",
          "email": "13a9ba27-6888-4528-826e-8e1002eab13d.project1@serviceuser.ubiops.com",
          "name": "new-service-user-name",
          "creation_date": "2020-03-26T12:18:43.123+00:00"
        }
        ```"""
        return self.api_client.call(
            _SERVICE_USERS_GET, (project_name, service_user_id), _options
        ).data

    @_validated
    def service_users_get_with_http_info(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ServiceUserList]:
        """Like `service_users_get`, with status code, headers and raw body too."""
        return self.api_client.call(_SERVICE_USERS_GET, (project_name, service_user_id), _options)

    @_validated
    def service_users_get_without_preload_content(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `service_users_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _SERVICE_USERS_GET, (project_name, service_user_id), _options
        )

    @_validated
    def service_users_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[ServiceUserList]:
        """List service users

        ### Description
        List service users defined in a project

        ### Response Structure
        List of details of the service users:
        - `id`: Unique identifier for the service user (UUID)

        - `email`: Email of the service user

        - `name`: Name of the service user

        - `creation_date`: Date when the service user was created

        #### Response Examples
        ```
        [
          {
            "id": "537bca64-5ab6-43eb-a7ef-1638bc30b6ed",
            "email": "537bca64-5ab6-43eb-a7ef-1638bc30b6ed.project1@serviceuser.ubiops.com",
            "name": "service-user-1",
            "creation_date": "2020-03-24T09:16:27.504+00:00"
          },
          {
            "id": "13a9ba27-6888-4528-826e-8e1002eab13d",
            "email": "13a9ba27-6888-4528-826e-8e1002eab13d.project1@serviceuser.ubiops.com",
            "name": "service-user-2",
            "creation_date": "2020-03-26T12:18:43.123+00:00"
          }
        ]
        ```"""
        return self.api_client.call(_SERVICE_USERS_LIST, (project_name,), _options).data

    @_validated
    def service_users_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ServiceUserList]]:
        """Like `service_users_list`, with status code, headers and raw body too."""
        return self.api_client.call(_SERVICE_USERS_LIST, (project_name,), _options)

    @_validated
    def service_users_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `service_users_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_SERVICE_USERS_LIST, (project_name,), _options)

    @_validated
    def service_users_token(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        data: dict[str, Any],
        **_options: Unpack[RequestOptions],
    ) -> ServiceUserTokenList:
        """Reset the token of a service user

        ### Description
        Reset the token of a service user. The old token will be deleted and a new one will be created for the service user. No data should be sent in the body of the request.

        ### Response Structure
        Details of the new token for the service user
        - `token`: The new API token for the service user

        #### Response Examples
        ```
        {
          "token": "e962d9190348af7fa8d233d75cff7385b4335f81"
        }
        ```"""
        return self.api_client.call(
            _SERVICE_USERS_TOKEN, (project_name, service_user_id, data), _options
        ).data

    @_validated
    def service_users_token_with_http_info(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        data: dict[str, Any],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ServiceUserTokenList]:
        """Like `service_users_token`, with status code, headers and raw body too."""
        return self.api_client.call(
            _SERVICE_USERS_TOKEN, (project_name, service_user_id, data), _options
        )

    @_validated
    def service_users_token_without_preload_content(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        data: dict[str, Any],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `service_users_token`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _SERVICE_USERS_TOKEN, (project_name, service_user_id, data), _options
        )

    @_validated
    def service_users_update(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        data: Union[ServiceUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ServiceUserList:
        """Update service user details

        ### Description
        Update the name of a service user

        ### Optional Parameters
        - `name`: Name of the service user


        #### Request Examples

        ```
        {
          "name": "new-service-user-name",
        }
        ```

        ### Response Structure
        Details of the updated service user
        - `id`: Unique identifier for the service user (UUID)

        - `email`: Email of the service user

        - `name`: Name of the service user

        - `creation_date`: Date when the service user was created

        #### Response Examples
        ```
        {
          "id": "13a9ba27-6888-4528-826e-8e1002eab13d",
          "email": "13a9ba27-6888-4528-826e-8e1002eab13d.project1@serviceuser.ubiops.com",
          "name": "new-service-user-name",
          "creation_date": "2020-03-26T12:18:43.123+00:00"
        }
        ```"""
        return self.api_client.call(
            _SERVICE_USERS_UPDATE, (project_name, service_user_id, data), _options
        ).data

    @_validated
    def service_users_update_with_http_info(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        data: Union[ServiceUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ServiceUserList]:
        """Like `service_users_update`, with status code, headers and raw body too."""
        return self.api_client.call(
            _SERVICE_USERS_UPDATE, (project_name, service_user_id, data), _options
        )

    @_validated
    def service_users_update_without_preload_content(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        data: Union[ServiceUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `service_users_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(
            _SERVICE_USERS_UPDATE, (project_name, service_user_id, data), _options
        )

    @_validated
    def subscriptions_create(
        self, data: Union[SubscriptionCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> SubscriptionDetail:
        """Create subscriptions

        ### Description
        Create a new subscription

        ### Required Parameters
        - `name`: Name of the subscription
        - `max_projects`: Maximum number of allowed projects to be created with this subscription
        - `max_users`: Maximum number of allowed users to be created with this subscription
        - `logs_retention_days`: Number of days for which the logs for each projects will be saved
        - `gb_seconds`: Maximum usage of GB seconds, calculated by multiplying the model memory sizes in GB by the number of seconds they are running
        - `resources`: Maximum number of allowed resources (connectors, pipelines and model versions) to be created with this subscription
        - `hidden`: A boolean indication whether the subscription is public or private

        ### Optional Parameters
        - `agreement`: Link to subscription agreement document
        - `terms_conditions`: Link to UbiOps SaaS Terms & Conditions document

        #### Request Examples
        ```
        {
          "name": "custom-subscription",
          "max_projects": 2,
          "max_users": 3,
          "logs_retention_days": 28,
          "gb_seconds": 20000,
          "resources": 20,
          "hidden": True
        }
        ```

        ### Response Structure
        Details of the created subscription
        - `id`: Unique identifier for the subscription (UUID)
        - `name`: Name of the subscription
        - `max_projects`: Maximum number of allowed projects to be created with this subscription
        - `max_users`: Maximum number of allowed users to be created with this subscription
        - `agreement`: Link to subscription agreement document
        - `terms_conditions`: Link to UbiOps SaaS Terms & Conditions document
        - `gb_seconds`: Maximum usage of GB seconds, calculated by multiplying the model memory sizes in GB by the number of seconds they are running
        - `resources`: Maximum number of allowed resources (connectors, pipelines and model versions) to be created with this subscription

        #### Response Examples
        ```
        {
          "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
          "name": "custom-subscription",
          "max_projects": 2,
          "max_users": 3,
          "agreement": "",
          "terms_conditions": "",
          "gb_seconds": 10000,
          "resources": 15
        }
        ```"""
        return self.api_client.call(_SUBSCRIPTIONS_CREATE, (data,), _options).data

    @_validated
    def subscriptions_create_with_http_info(
        self, data: Union[SubscriptionCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[SubscriptionDetail]:
        """Like `subscriptions_create`, with status code, headers and raw body too."""
        return self.api_client.call(_SUBSCRIPTIONS_CREATE, (data,), _options)

    @_validated
    def subscriptions_create_without_preload_content(
        self, data: Union[SubscriptionCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `subscriptions_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(_SUBSCRIPTIONS_CREATE, (data,), _options)

    @_validated
    def subscriptions_delete(
        self, subscription_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a subscription

        ### Description
        Delete a subscription. It's not possible to delete a subscription if it is used by any organization.
        """
        self.api_client.call(_SUBSCRIPTIONS_DELETE, (subscription_name,), _options)

    @_validated
    def subscriptions_delete_with_http_info(
        self, subscription_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `subscriptions_delete`, with status code, headers and raw body too."""
        return self.api_client.call(_SUBSCRIPTIONS_DELETE, (subscription_name,), _options)

    @_validated
    def subscriptions_delete_without_preload_content(
        self, subscription_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `subscriptions_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(_SUBSCRIPTIONS_DELETE, (subscription_name,), _options)

    @_validated
    def subscriptions_get(
        self, subscription_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> SubscriptionDetail:
        """Get details of a subscription

        ### Description
        Get the details of a subscription

        ### Response Structure
        Details of the subscription
        - `id`: Unique identifier for the subscription (UUID)
        - `name`: Name of the subscription
        - `max_projects`: Maximum number of allowed projects to be created with this subscription
        - `max_users`: Maximum number of allowed users to be created with this subscription
        - `agreement`: Link to subscription agreement document
        - `terms_conditions`: Link to UbiOps SaaS Terms & Conditions document
        - `gb_seconds`: Maximum usage of GB seconds, calculated by multiplying the model memory sizes in GB by the number of seconds they are running
        - `resources`: Maximum number of allowed resources (connectors, pipelines and model versions) to be created with this subscription

        #### Response Examples
        ```
        {
          "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
          "name": "custom-subscription",
          "max_projects": 2,
          "max_users": 3,
          "agreement": "",
          "terms_conditions": "",
          "gb_seconds": 10000,
          "resources": 15
        }
        ```"""
        return self.api_client.call(_SUBSCRIPTIONS_GET, (subscription_name,), _options).data

    @_validated
    def subscriptions_get_with_http_info(
        self, subscription_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[SubscriptionDetail]:
        """Like `subscriptions_get`, with status code, headers and raw body too."""
        return self.api_client.call(_SUBSCRIPTIONS_GET, (subscription_name,), _options)

    @_validated
    def subscriptions_get_without_preload_content(
        self, subscription_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `subscriptions_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(_SUBSCRIPTIONS_GET, (subscription_name,), _options)

    @_validated
    def subscriptions_list(self, **_options: Unpack[RequestOptions]) -> list[SubscriptionList]:
        """List subscriptions

        ### Description
        List available subscriptions for organizations

        ### Response Structure
        A list of details of the subscriptions
        - `id`: Unique identifier for the subscription (UUID)

        - `name`: Name of the subscription


        #### Response Examples
        ```
        [
          {
            "id": "f35e94e2-820d-4ad2-a2c6-9e2668e1442b",
            "name": "free"
          },
          {
            "id": "888384be-b4b8-4728-918b-079c85879a5b",
            "name": "starter"
          }
        ]
        ```"""
        return self.api_client.call(_SUBSCRIPTIONS_LIST, (), _options).data

    @_validated
    def subscriptions_list_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[SubscriptionList]]:
        """Like `subscriptions_list`, with status code, headers and raw body too."""
        return self.api_client.call(_SUBSCRIPTIONS_LIST, (), _options)

    @_validated
    def subscriptions_list_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `subscriptions_list`, returning the HTTP response unread."""
        return self.api_client.call_raw(_SUBSCRIPTIONS_LIST, (), _options)

    @_validated
    def subscriptions_update(
        self,
        subscription_name: StrictStr,
        data: Union[SubscriptionUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> SubscriptionDetail:
        """Update details of a subscription

        ### Description
        Update a subscription

        ### Optional Parameters
        - `name`: New subscription name
        - `max_projects`: Maximum number of allowed projects to be created with this subscription
        - `max_users`: Maximum number of allowed users to be created with this subscription
        - `agreement`: Link to subscription agreement document
        - `terms_conditions`: Link to UbiOps SaaS Terms & Conditions document
        - `gb_seconds`: Maximum usage of GB seconds, calculated by multiplying the model memory sizes in GB by the number of seconds they are running
        - `resources`: Maximum number of allowed resources (connectors, pipelines and model versions) to be created with this subscription

        #### Request Examples
        ```
        {
          "max_projects": 4,
          "max_users": 5
        }
        ```

        ```
        {
          "name": "new-subscription-name"
        }
        ```

        ### Response Structure
        Details of the subscription
        - `id`: Unique identifier for the subscription (UUID)
        - `name`: Name of the subscription
        - `max_projects`: Maximum number of allowed projects to be created with this subscription
        - `max_users`: Maximum number of allowed users to be created with this subscription
        - `agreement`: Link to subscription agreement document
        - `terms_conditions`: Link to UbiOps SaaS Terms & Conditions document
        - `gb_seconds`: Maximum usage of GB seconds, calculated by multiplying the model memory sizes in GB by the number of seconds they are running
        - `resources`: Maximum number of allowed resources (connectors, pipelines and model versions) to be created with this subscription

        #### Response Examples
        ```
        {
          "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
          "name": "new-subscription-name",
          "max_projects": 4,
          "max_users": 5,
          "agreement": "",
          "terms_conditions": "",
          "gb_seconds": 10000,
          "resources": 20
        }
        ```"""
        return self.api_client.call(_SUBSCRIPTIONS_UPDATE, (subscription_name, data), _options).data

    @_validated
    def subscriptions_update_with_http_info(
        self,
        subscription_name: StrictStr,
        data: Union[SubscriptionUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[SubscriptionDetail]:
        """Like `subscriptions_update`, with status code, headers and raw body too."""
        return self.api_client.call(_SUBSCRIPTIONS_UPDATE, (subscription_name, data), _options)

    @_validated
    def subscriptions_update_without_preload_content(
        self,
        subscription_name: StrictStr,
        data: Union[SubscriptionUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RESTResponseType:
        """Like `subscriptions_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(_SUBSCRIPTIONS_UPDATE, (subscription_name, data), _options)

    @_validated
    def user_create(
        self, data: Union[UserPendingCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> UserPendingDetail:
        """Create a new user

        ### Description
        Create a new user with the given details - email, password, name and surname. After creation, an email is send to the email address to activate the acount.
        A user is required to accept the terms and conditions. The password needs to be at least 8 characters long.


        ### Required Parameters
        - `email`: Email of the user. This is a unique field.

        - `password`: Password of the user

        - `terms_conditions`: Boolean field. Pass True to accept terms and conditions.


        ### Optional Parameters
        - `name`: Name of the user

        - `surname`: Surname of the user

        #### Request Examples
        ```
        {
          "email": "test@example.com",
          "password": "secret-password",
          "name": "User name",
          "surname": "User surname",
          "terms_conditions": true
        }
        ```

        ```
        {
          "email": "test@example.com",
          "password": "secret-password",
          "terms_conditions": true
        }
        ```

        ### Response Structure
        Details of the created user
         - `email`: Email of the user

         - `name`: Name of the user

         - `surname`: Surname of the user

        #### Response Examples
        ```
        {
          "email": "test@example.com",
          "name": "User name",
          "surname": "User surname"
        }
        ```"""
        return self.api_client.call(_USER_CREATE, (data,), _options).data

    @_validated
    def user_create_with_http_info(
        self, data: Union[UserPendingCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[UserPendingDetail]:
        """Like `user_create`, with status code, headers and raw body too."""
        return self.api_client.call(_USER_CREATE, (data,), _options)

    @_validated
    def user_create_without_preload_content(
        self, data: Union[UserPendingCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `user_create`, returning the HTTP response unread."""
        return self.api_client.call_raw(_USER_CREATE, (data,), _options)

    @_validated
    def user_delete(self, **_options: Unpack[RequestOptions]) -> None:
        """Delete user

        ### Description
        Delete the user that makes the request"""
        self.api_client.call(_USER_DELETE, (), _options)

    @_validated
    def user_delete_with_http_info(self, **_options: Unpack[RequestOptions]) -> ApiResponse[None]:
        """Like `user_delete`, with status code, headers and raw body too."""
        return self.api_client.call(_USER_DELETE, (), _options)

    @_validated
    def user_delete_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `user_delete`, returning the HTTP response unread."""
        return self.api_client.call_raw(_USER_DELETE, (), _options)

    @_validated
    def user_get(self, **_options: Unpack[RequestOptions]) -> UserDetail:
        """Get user details

        ### Description
        Get the details of the user that makes the request

        ### Response Structure
        Details of the user
        - `id`: Unique identifier for the user (UUID)

        - `email`: Email of the user

        - `name`: Name of the user

        - `surname`: Surname of the user

        - `registration_date`: Date when the user was registered

        #### Response Examples
        ```
        {
          "id": "4740a13a-70ae-4b7a-a461-8231eb2c0594",
          "email": "test@example.com",
          "name": "User name",
          "surname": "User surname",
          "registration_date": "2020-01-10 10:06:25.632+00:00"
        }
        ```"""
        return self.api_client.call(_USER_GET, (), _options).data

    @_validated
    def user_get_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[UserDetail]:
        """Like `user_get`, with status code, headers and raw body too."""
        return self.api_client.call(_USER_GET, (), _options)

    @_validated
    def user_get_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `user_get`, returning the HTTP response unread."""
        return self.api_client.call_raw(_USER_GET, (), _options)

    @_validated
    def user_update(
        self, data: Union[UserUpdate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> UserDetail:
        """Update user details

        ### Description
        Update the details of the user making the request - name, surname, email and password.

        When updating the password, the parameter `previous_password` with the value of the previous password is also required.
        The password needs to meet the following requirements:
        - At least 8 characters long
        - At least one capital and one lowercase letter
        - At least one number
        - At least one of the following symbols: !#$%&')(*+,./:;"<=>?[@]^_`{|}~-"

        ### Optional Parameters
        - `email`: Email of the user

        - `password`: Password of the user

            - `previous_password`: Previous password of the user (This field is only required when updating the password)

        - `name`: Name of the user

        - `surname`: Surname of the user

        #### Request Examples
        ```
        {
          "email": "new_test@example.com"
        }
        ```

        ```
        {
          "password": "new-secret-password",
          "previous_password": "previous-secret-password"
        }
        ```

        ```
        {
          "name": "New user name",
          "surname": "New user surname"
        }
        ```

        ### Response Structure
        Details of the created user
        - `id`: Unique identifier for the user (UUID)

        - `email`: Email of the user

        - `name`: Name of the user

        - `surname`: Surname of the user

        - `registration_date`: Date when the user was registered

        #### Response Examples
        ```
        {
          "id": "4740a13a-70ae-4b7a-a461-8231eb2c0594",
          "email": "new_test@example.com",
          "type": "user",
          "name": "New user name",
          "surname": "New user surname",
          "registration_date": "2020-01-10 10:06:25.632+00:00"
        }
        ```"""
        return self.api_client.call(_USER_UPDATE, (data,), _options).data

    @_validated
    def user_update_with_http_info(
        self, data: Union[UserUpdate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[UserDetail]:
        """Like `user_update`, with status code, headers and raw body too."""
        return self.api_client.call(_USER_UPDATE, (data,), _options)

    @_validated
    def user_update_without_preload_content(
        self, data: Union[UserUpdate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> RESTResponseType:
        """Like `user_update`, returning the HTTP response unread."""
        return self.api_client.call_raw(_USER_UPDATE, (data,), _options)


class AsyncCoreApi:
    """CoreApi for asyncio: the same methods, awaited, over an AsyncApiClient."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    @_validated
    async def batch_model_requests_batch_collect(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> list[BatchModelRequestResultList]:
        """Retrieve multiple batch model request results

        ### Description
        Retrieve multiple batch model requests. If one of the given batch model requests does not exist, an error message is given and no request is returned. A maximum of 250 model requests can be retrieved with this method. The model requests are NOT returned in the order they are given in.

        ### Required Parameters
        A list of ids for the batch requests

        #### Request Examples
        ```
        ["2f909aeb-5c7e-4974-970d-cd0a6a073aca", "85711124-54db-4794-b83d-24492247c6e1"]
        ```

        ### Response Structure
        A list of dictionaries containing the details of the retrieved model requests with the following fields:
         - `id`: Unique identifier for the model request
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `success`: A boolean value that indicates whether the model request was successful
         - `time_created`: Server time that the request was made (current time)
         - `time_last_updated`: Server time that the request was last updated
         - `request_data`: A dictionary containing the data that was sent when the request was created
         - `result`: Model request result value. NULL if the request is 'pending', 'processing' or 'failed'.
         - `error_message`: An error message explaining why the request has failed. NULL if the request was successful.

        #### Response Examples
        ```
        [
          {
            "id": "2f909aeb-5c7e-4974-970d-cd0a6a073aca",
            "status": "pending",
            "success": false,
            "time_created": "2020-03-29T08:09:10.729+00:00",
            "time_last_updated": "2020-06-29T08:09:10.729+00:00",
            "request_data": {
              "input": 82.2
            },
            "result": null,
            "error_message": null
          },
          {
            "id": "85711124-54db-4794-b83d-24492247c6e1",
            "status": "pending",
            "success": false,
            "time_created": "2020-06-25T09:37:17.765+00:00",
            "time_last_updated": "2020-03-25T09:37:17.765+00:00",
            "request_data": {
              "input": 52.4
            },
            "result": null,
            "error_message": null
          }
        ]
        ```"""
        response = await self.api_client.call(
            _BATCH_MODEL_REQUESTS_BATCH_COLLECT, (project_name, model_name, version, data), _options
        )
        return response.data

    @_validated
    async def batch_model_requests_batch_collect_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BatchModelRequestResultList]]:
        """Like `batch_model_requests_batch_collect`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _BATCH_MODEL_REQUESTS_BATCH_COLLECT, (project_name, model_name, version, data), _options
        )

    @_validated
    async def batch_model_requests_batch_collect_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `batch_model_requests_batch_collect`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BATCH_MODEL_REQUESTS_BATCH_COLLECT, (project_name, model_name, version, data), _options
        )

    @_validated
    async def batch_model_requests_batch_delete(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Delete multiple batch model requests

        ### Description
        Delete multiple batch model requests. If one of the given batch model requests does not exist, an error message is given and no request is deleted. A maximum of 250 model requests can be deleted with this method.

        ### Required Parameters
        A list of ids for the batch requests

        #### Request Examples
        ```
        ["2f909aeb-5c7e-4974-970d-cd0a6a073aca", "85711124-54db-4794-b83d-24492247c6e1"]
        ```"""
        response = await self.api_client.call(
            _BATCH_MODEL_REQUESTS_BATCH_DELETE, (project_name, model_name, version, data), _options
        )
        return response.data

    @_validated
    async def batch_model_requests_batch_delete_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[dict[str, Any]]:
        """Like `batch_model_requests_batch_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _BATCH_MODEL_REQUESTS_BATCH_DELETE, (project_name, model_name, version, data), _options
        )

    @_validated
    async def batch_model_requests_batch_delete_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `batch_model_requests_batch_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BATCH_MODEL_REQUESTS_BATCH_DELETE, (project_name, model_name, version, data), _options
        )

    @_validated
    async def batch_model_requests_create(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: list[ModelRequestCreate],
        **_options: Unpack[RequestOptions],
    ) -> list[BatchModelRequestCreateResponse]:
        """Create batch model requests

        ### Description
        Request multiple predictions from a model. The request follows an asynchronous method, as the requests are queued in our back-end and can be collected at a later time using the model request collect methods. It is only possible to make a model request if a model file is uploaded for that model version and the model build has succeeded (meaning that the model version is in available state).

        If one of the requests is faulty, all requests are denied. The maximum number of requests per bulk call is 250.

        ### Required Parameters
        A list of dictionaries, where each dictionary contains the input fields of the model as keys. It is also possible to send a single dictionary as input.

        #### Request Examples
        ```
        [
          {
            "model-input-field-1": 5.0,
            "model-input-field-2": "N",
            "model-input-field-3": [0.25, 0.25, 2.1, 16.3]
          },
          {
            "model-input-field-1": 3.0,
            "model-input-field-2": "S",
            "model-input-field-3": [4.23, 3.27, 2.41, 12.4]
          }
        ]
        ```

        ### Response Structure
        A list of dictionaries containing the details of the created model requests with the following fields:
         - `id`: Unique identifier for the model request, which can be used to collect the result
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `time_created`: Server time that the request was made (current time)

        #### Response Examples
        ```
        [
          {
            "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
            "status": "pending",
            "time_created": "2020-03-28T20:00:26.613+00:00"
          },
          {
            "id": "2521378e-263e-4e2e-85e9-a96254b36536",
            "status": "pending",
            "time_created": "2020-03-28T20:00:26.613+00:00"
          }
        ]
        ```"""
        response = await self.api_client.call(
            _BATCH_MODEL_REQUESTS_CREATE, (project_name, model_name, version, data), _options
        )
        return response.data

    @_validated
    async def batch_model_requests_create_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: list[ModelRequestCreate],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BatchModelRequestCreateResponse]]:
        """Like `batch_model_requests_create`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _BATCH_MODEL_REQUESTS_CREATE, (project_name, model_name, version, data), _options
        )

    @_validated
    async def batch_model_requests_create_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: list[ModelRequestCreate],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `batch_model_requests_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BATCH_MODEL_REQUESTS_CREATE, (project_name, model_name, version, data), _options
        )

    @_validated
    async def batch_model_requests_delete(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        request_id: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete batch model requests

        ### Description
        Delete a batch model request"""
        await self.api_client.call(
            _BATCH_MODEL_REQUESTS_DELETE, (project_name, model_name, request_id, version), _options
        )

    @_validated
    async def batch_model_requests_delete_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        request_id: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `batch_model_requests_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _BATCH_MODEL_REQUESTS_DELETE, (project_name, model_name, request_id, version), _options
        )

    @_validated
    async def batch_model_requests_delete_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        request_id: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `batch_model_requests_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BATCH_MODEL_REQUESTS_DELETE, (project_name, model_name, request_id, version), _options
        )

    @_validated
    async def batch_model_requests_get(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        request_id: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> BatchModelRequestResultList:
        """Get batch model request

        ### Description
        Get a batch request for a model. With this method, the result of a batch request may be retrieved.

        ### Response Structure
        A dictionary containing the details of the model request with the following fields:
         - `id`: Unique identifier for the model request
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `success`: A boolean value that indicates whether the model request was successful
         - `time_created`: Server time that the request was made (current time)
         - `time_last_updated`: Server time that the request was last updated
         - `request_data`: A dictionary containing the data that was sent when the request was created
         - `result`: Model request result value. NULL if the request is 'pending', 'processing' or 'failed'.
         - `error_message`: An error message explaining why the request has failed. NULL if the request was successful.

        #### Response Examples
        ```
        {
          "id": "2f909aeb-5c7e-4974-970d-cd0a6a073aca",
          "status": "pending",
          "success": false,
          "time_created": "2020-03-29T08:09:10.729+00:00",
          "time_last_updated": "2020-03-29T08:09:10.729+00:00",
          "request_data": {
            "input": 82.3
          },
          "result": null,
          "error_message": null
        }
        ```"""
        response = await self.api_client.call(
            _BATCH_MODEL_REQUESTS_GET, (project_name, model_name, request_id, version), _options
        )
        return response.data

    @_validated
    async def batch_model_requests_get_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        request_id: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[BatchModelRequestResultList]:
        """Like `batch_model_requests_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _BATCH_MODEL_REQUESTS_GET, (project_name, model_name, request_id, version), _options
        )

    @_validated
    async def batch_model_requests_get_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        request_id: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `batch_model_requests_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BATCH_MODEL_REQUESTS_GET, (project_name, model_name, request_id, version), _options
        )

    @_validated
    async def batch_model_requests_list(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        status: Optional[StrictStr] = None,
        success: Optional[StrictBool] = None,
        limit: Optional[StrictInt] = None,
        offset: Optional[StrictInt] = None,
        sort: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[BatchModelRequestListResponse]:
        """List batch model requests

        ### Description
        List all requests for a model version

        ### Optional Parameters
        The following parameters should be given as Query parameters:
        - `status`: Status of the request. Can be 'pending', 'processing', 'failed' or 'completed'
        - `success`: A boolean value that indicates whether the model request was successful
        - `limit`: The maximum number of requests given back, default is 50
        - `offset`: The number which forms the starting point of the requests given back. If offset equals 2, then the first 2 requests will be omitted from the list.
        - `sort`: Direction of sorting, can be 'asc' or 'desc'. The default sorting is done in descending order.

        ### Response Structure
        A list of dictionaries containing the details of the model requests with the following fields:
         - `id`: Unique identifier for the model request
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `success`: A boolean value that indicates whether the model request was successful
         - `time_created`: Server time that the request was made (current time)
         - `time_last_updated`: Server time that the request was last updated

        #### Response Examples
        ```
        [
          {
            "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
            "status": "pending",
            "success": false,
            "time_created": "2020-03-28T20:00:26.613+00:00",
            "time_last_updated": "2020-03-28T20:00:26.613+00:00"
          },
          {
            "id": "2521378e-263e-4e2e-85e9-a96254b36536",
            "status": "completed",
            "success": true,
            "time_created": "2020-03-28T20:00:26.613+00:00",
            "time_last_updated": "2020-03-28T20:00:26.613+00:00"
          }
        ]
        ```"""
        response = await self.api_client.call(
            _BATCH_MODEL_REQUESTS_LIST,
            (project_name, model_name, version, status, success, limit, offset, sort),
            _options,
        )
        return response.data

    @_validated
    async def batch_model_requests_list_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        status: Optional[StrictStr] = None,
        success: Optional[StrictBool] = None,
        limit: Optional[StrictInt] = None,
        offset: Optional[StrictInt] = None,
        sort: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BatchModelRequestListResponse]]:
        """Like `batch_model_requests_list`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _BATCH_MODEL_REQUESTS_LIST,
            (project_name, model_name, version, status, success, limit, offset, sort),
            _options,
        )

    @_validated
    async def batch_model_requests_list_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        status: Optional[StrictStr] = None,
        success: Optional[StrictBool] = None,
        limit: Optional[StrictInt] = None,
        offset: Optional[StrictInt] = None,
        sort: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `batch_model_requests_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BATCH_MODEL_REQUESTS_LIST,
            (project_name, model_name, version, status, success, limit, offset, sort),
            _options,
        )

    @_validated
    async def batch_pipeline_request_delete(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        pipeline_request_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete batch pipeline requests

        ### Description
        Delete a batch pipeline request. This action cancels all the model requests in the pipeline.
        """
        await self.api_client.call(
            _BATCH_PIPELINE_REQUEST_DELETE,
            (project_name, pipeline_name, pipeline_request_id),
            _options,
        )

    @_validated
    async def batch_pipeline_request_delete_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        pipeline_request_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `batch_pipeline_request_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _BATCH_PIPELINE_REQUEST_DELETE,
            (project_name, pipeline_name, pipeline_request_id),
            _options,
        )

    @_validated
    async def batch_pipeline_request_delete_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        pipeline_request_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `batch_pipeline_request_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BATCH_PIPELINE_REQUEST_DELETE,
            (project_name, pipeline_name, pipeline_request_id),
            _options,
        )

    @_validated
    async def batch_pipeline_request_get(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        pipeline_request_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> BatchPipelineRequestResultList:
        """Get batch pipeline request

        ### Description
        Get a batch request for a pipeline. With this method, the result of the batch request may be retrieved.

        ### Response Structure
        A dictionary containing the details of the pipeline request with the following fields:
         - `id`: Unique identifier for the pipeline request
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `success`: A boolean value that indicates whether the pipeline request was successful
         - `time_created`: Server time that the request was made (current time)
         - `time_last_updated`: Server time that the request was last updated
         - `request_data`: A dictionary containing the data that was sent when the request was created
         - `model_requests`: A list of requests of the models in the pipeline. This field is empty when the request is initialized and is updated when all the model requests in the pipeline are completed.
         - `error_message`: An error message explaining why the request has failed. NULL if the request was successful.

        #### Response Examples
        ```
        {
          "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
          "status": "pending",
          "success": true,
          "time_created": "2020-03-28T20:00:26.613+00:00",
          "time_last_updated": "2020-03-28T20:00:26.613+00:00",
          "request_data": {
            "input_field": 23.5
          },
          "model_requests": [],
          "error_message": null
        }
        ```"""
        response = await self.api_client.call(
            _BATCH_PIPELINE_REQUEST_GET,
            (project_name, pipeline_name, pipeline_request_id),
            _options,
        )
        return response.data

    @_validated
    async def batch_pipeline_request_get_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        pipeline_request_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[BatchPipelineRequestResultList]:
        """Like `batch_pipeline_request_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _BATCH_PIPELINE_REQUEST_GET,
            (project_name, pipeline_name, pipeline_request_id),
            _options,
        )

    @_validated
    async def batch_pipeline_request_get_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        pipeline_request_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `batch_pipeline_request_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BATCH_PIPELINE_REQUEST_GET,
            (project_name, pipeline_name, pipeline_request_id),
            _options,
        )

    @_validated
    async def batch_pipeline_requests_batch_collect(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> list[BatchPipelineRequestResultList]:
        """Retrieve multiple batch pipeline request results

        ### Description
        Retrieve multiple batch pipeline requests. If one of the given batch pipeline requests does not exist, an error message is given and no request is returned. A maximum of 100 pipeline requests can be retrieved with this method. The pipeline requests are NOT returned in the order they are given in.

        ### Required Parameters
        A list of ids for the batch requests

        #### Request Examples
        ```
        ["2521378e-263e-4e2e-85e9-a96254b36536", "69eca481-8576-49e8-8e20-ea56f2005bcb"]
        ```

        ### Response Structure
        A list of dictionaries containing the details of the retrieved pipeline requests with the following fields:
         - `id`: Unique identifier for the pipeline request
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `success`: A boolean value that indicates whether the pipeline request was successful
         - `time_created`: Server time that the request was made (current time)
         - `time_last_updated`: Server time that the request was last updated
         - `request_data`: A dictionary containing the data that was sent when the request was created
         - `model_requests`: A list of requests of the models in the pipeline. This field is empty when the request is initialized and is updated when all the model requests in the pipeline are completed.
         - `error_message`: An error message explaining why the request has failed. NULL if the request was successful.

        #### Response Examples
        ```
        [
            {
              "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
              "status": "pending",
              "success": false,
              "time_created": "2020-063-28T20:00:26.613+00:00",
              "time_last_updated": "2020-03-28T20:00:26.613+00:00",
              "request_data": {
                "input_field": 23.5
              },
              "model_requests": [],
              "error_message": null
            },
            {
              "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
              "status": "pending",
              "success": false,
              "time_created": "2020-063-28T20:00:26.613+00:00",
              "time_last_updated": "2020-03-28T20:00:26.613+00:00",
              "request_data": {
                "input_field": 23.5
              },
              "model_requests": [],
              "error_message": null
            }
        ]
        ```"""
        response = await self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_BATCH_COLLECT, (project_name, pipeline_name, data), _options
        )
        return response.data

    @_validated
    async def batch_pipeline_requests_batch_collect_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BatchPipelineRequestResultList]]:
        """Like `batch_pipeline_requests_batch_collect`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_BATCH_COLLECT, (project_name, pipeline_name, data), _options
        )

    @_validated
    async def batch_pipeline_requests_batch_collect_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `batch_pipeline_requests_batch_collect`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BATCH_PIPELINE_REQUESTS_BATCH_COLLECT, (project_name, pipeline_name, data), _options
        )

    @_validated
    async def batch_pipeline_requests_batch_delete(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Delete multiple batch pipeline requests

        ### Description
        Delete multiple batch pipeline requests. If one of the given batch pipeline requests does not exist, an error message is given and no request is deleted. A maximum of 100 pipeline requests can be deleted with this method.

        ### Required Parameters
        A list of ids for the batch requests

        #### Request Examples
        ```
        ["2521378e-263e-4e2e-85e9-a96254b36536", "69eca481-8576-49e8-8e20-ea56f2005bcb"]
        ```"""
        response = await self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_BATCH_DELETE, (project_name, pipeline_name, data), _options
        )
        return response.data

    @_validated
    async def batch_pipeline_requests_batch_delete_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[dict[str, Any]]:
        """Like `batch_pipeline_requests_batch_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_BATCH_DELETE, (project_name, pipeline_name, data), _options
        )

    @_validated
    async def batch_pipeline_requests_batch_delete_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Any,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `batch_pipeline_requests_batch_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BATCH_PIPELINE_REQUESTS_BATCH_DELETE, (project_name, pipeline_name, data), _options
        )

    @_validated
    async def batch_pipeline_requests_create(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: list[PipelineRequestCreate],
        **_options: Unpack[RequestOptions],
    ) -> list[BatchPipelineRequestCreateResponse]:
        """Create batch pipeline requests

        ### Description
        Request multiple predictions from a pipeline. The request follows an asynchronous method, as the requests are queued in our back-end and can be collected at a later time using the pipeline request collect methods.

        The maximum number of requests that can be created per batch is 100.

        ### Required Parameters
        A list of dictionaries, where each dictionary contains the input fields of the pipeline as keys

        #### Request Examples
        ```
        [
          {
            "pipeline-input-field-1": 5.0,
            "pipeline-input-field-2": "N",
            "pipeline-input-field-3": [0.25, 0.25, 2.1, 16.3]
          },
          {
            "pipeline-input-field-1": 3.0,
            "pipeline-input-field-2": "S",
            "pipeline-input-field-3": [4.23, 3.27, 2.41, 12.4]
          }
        ]
        ```

        ### Response Structure
        A list of dictionaries containing the details of the created pipeline requests with the following fields:
         - `id`: Unique identifier for the pipeline request, which can be used to collect the result
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `time_created`: Server time that the request was made (current time)


        #### Response Examples
        ```
        [
          {
            "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
            "status": "pending",
            "time_created": "2020-03-28T20:00:26.613+00:00"
          },
          {
            "id": "2521378e-263e-4e2e-85e9-a96254b36536",
            "status": "pending",
            "time_created": "2020-03-28T20:00:26.613+00:00"
          }
        ]
        ```"""
        response = await self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_CREATE, (project_name, pipeline_name, data), _options
        )
        return response.data

    @_validated
    async def batch_pipeline_requests_create_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: list[PipelineRequestCreate],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BatchPipelineRequestCreateResponse]]:
        """Like `batch_pipeline_requests_create`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_CREATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    async def batch_pipeline_requests_create_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: list[PipelineRequestCreate],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `batch_pipeline_requests_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BATCH_PIPELINE_REQUESTS_CREATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    async def batch_pipeline_requests_list(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        status: Optional[StrictStr] = None,
        success: Optional[StrictBool] = None,
        limit: Optional[StrictInt] = None,
        offset: Optional[StrictInt] = None,
        sort: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[BatchPipelineRequestListResponse]:
        """List batch pipeline requests

        ### Description
        List all requests for a pipeline

        ### Optional Parameters
        The following parameters should be given as query parameters:
        - `status`: Status of the request. Can be 'pending', 'processing', 'failed' or 'completed'.
        - `success`: A boolean value that indicates whether the pipeline request was successful
        - `limit`: The maximum number of requests given back, default is 50
        - `offset`: The number which forms the starting point of the requests given back. If offset equals 2, then the first 2 requests will be omitted from the list.
        - `sort`: Direction of sorting, can be 'asc' or 'desc'. The default sorting is done in descending order.

        ### Response Structure
        A list of dictionaries containing the details of the pipeline requests with the following fields:
         - `id`: Unique identifier for the pipeline request
         - `status`: Status of the request. Always 'pending' when initialised, later it can be 'processing', 'failed' or 'completed'.
         - `success`: A boolean value that indicates whether the pipeline request was successful
         - `time_created`: Server time that the request was made (current time)
         - `time_last_updated`: Server time that the request was last updated

        #### Response Examples
        ```
        [
          {
            "id": "69eca481-8576-49e8-8e20-ea56f2005bcb",
            "status": "pending",
            "success": false,
            "time_created": "2020-03-28T20:00:26.613+00:00",
            "time_last_updated": "2020-03-28T20:00:26.613+00:00"
          },
          {
            "id": "2521378e-263e-4e2e-85e9-a96254b36536",
            "status": "completed",
            "success": true,
            "time_created": "2020-03-28T20:00:26.613+00:00",
            "time_last_updated": "2020-03-28T20:00:26.613+00:00"
          }
        ]
        ```"""
        response = await self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_LIST,
            (project_name, pipeline_name, status, success, limit, offset, sort),
            _options,
        )
        return response.data

    @_validated
    async def batch_pipeline_requests_list_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        status: Optional[StrictStr] = None,
        success: Optional[StrictBool] = None,
        limit: Optional[StrictInt] = None,
        offset: Optional[StrictInt] = None,
        sort: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BatchPipelineRequestListResponse]]:
        """Like `batch_pipeline_requests_list`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _BATCH_PIPELINE_REQUESTS_LIST,
            (project_name, pipeline_name, status, success, limit, offset, sort),
            _options,
        )

    @_validated
    async def batch_pipeline_requests_list_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        status: Optional[StrictStr] = None,
        success: Optional[StrictBool] = None,
        limit: Optional[StrictInt] = None,
        offset: Optional[StrictInt] = None,
        sort: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `batch_pipeline_requests_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BATCH_PIPELINE_REQUESTS_LIST,
            (project_name, pipeline_name, status, success, limit, offset, sort),
            _options,
        )

    @_validated
    async def blobs_create(
        self,
        project_name: StrictStr,
        file: FileInput,
        blob_ttl: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> BlobList:
        """Upload a blob

        ### Description
        Upload a blob to a project. The returned blob_id may be passed in a model or pipeline request as input.

        The uploaded blob file can be retrieved by passing the blob_id as well.

        ### Optional Parameters
        These parameters should be given in the header.
        - `blob-ttl`: The Blob-TTL parameter designates the time to live of the blob in seconds (default = 259200 seconds, 3 days)

        ### Response Structure
        The details of the uploaded blob
        - `id`: Unique identifier for the blob (UUID)
        - `creation_date`: Time the blob was created
        - `filename`: Original filename of the blob
        - `size`: Size of the uploaded blob in bytes
        - `ttl`: Time to live of the blob in seconds

        #### Response Examples
        ```
        {
          "id": "b58fb853-9311-4583-9688-abed61830abc",
          "creation_date": "2020-05-18T11:26:57.904+00:00",
          "filename": "original-filename.jpg",
          "size": 3439,
          "ttl": 259200
        }
        ```"""
        response = await self.api_client.call(
            _BLOBS_CREATE, (project_name, file, blob_ttl), _options
        )
        return response.data

    @_validated
    async def blobs_create_with_http_info(
        self,
        project_name: StrictStr,
        file: FileInput,
        blob_ttl: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[BlobList]:
        """Like `blobs_create`, with status code, headers and raw body too."""
        return await self.api_client.call(_BLOBS_CREATE, (project_name, file, blob_ttl), _options)

    @_validated
    async def blobs_create_without_preload_content(
        self,
        project_name: StrictStr,
        file: FileInput,
        blob_ttl: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `blobs_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BLOBS_CREATE, (project_name, file, blob_ttl), _options
        )

    @_validated
    async def blobs_delete(
        self, project_name: StrictStr, blob_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a blob

        ### Description
        Delete a blob from a project"""
        await self.api_client.call(_BLOBS_DELETE, (project_name, blob_id), _options)

    @_validated
    async def blobs_delete_with_http_info(
        self, project_name: StrictStr, blob_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `blobs_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(_BLOBS_DELETE, (project_name, blob_id), _options)

    @_validated
    async def blobs_delete_without_preload_content(
        self, project_name: StrictStr, blob_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `blobs_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_BLOBS_DELETE, (project_name, blob_id), _options)

    @_validated
    async def blobs_get(
        self, project_name: StrictStr, blob_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> BlobUpload:
        """Get a blob

        ### Description
        Download a blob file in a project

        ### Response Structure
        - `file`: Blob file"""
        response = await self.api_client.call(_BLOBS_GET, (project_name, blob_id), _options)
        return response.data

    @_validated
    async def blobs_get_with_http_info(
        self, project_name: StrictStr, blob_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[BlobUpload]:
        """Like `blobs_get`, with status code, headers and raw body too."""
        return await self.api_client.call(_BLOBS_GET, (project_name, blob_id), _options)

    @_validated
    async def blobs_get_without_preload_content(
        self, project_name: StrictStr, blob_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `blobs_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_BLOBS_GET, (project_name, blob_id), _options)

    @_validated
    async def blobs_list(
        self,
        project_name: StrictStr,
        range: Optional[StrictInt] = None,
        creation_date: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[BlobList]:
        """List blobs

        ### Description
        List all blobs in a project

        ### Optional Parameters
        These parameters should be given as GET parameters.
        - `range`: Number of blobs to be returned. It may be a positive or a negative value. If it is positive, blobs uploaded starting from the creation_date towards the present time are returned. Otherwise, blobs uploaded towards the past are returned. The default value is -50.
        - `creation_date`: Get the blobs uploaded starting from this date. If it is not provided, the uploaded blobs are returned according to the *range* parameter. It should be provided in year-month-day hour:minute:second format.

        ### Response Structure
        A list of details of the blobs in the project
         - `id`: Unique identifier for the blob (UUID)
         - `creation_date`: Time the blob was created
         - `filename`: Original filename of the blob
         - `size`: Size of the uploaded blob in bytes
         - `ttl`: Time to live of the blob in seconds

        #### Response Examples
        ```
        [
          {
            "id": "ecb39626-2a14-4224-a57a-592a51567e17",
            "creation_date": "2020-05-13T14:39:50.149+00:00",
            "filename": "original-filename.jpg",
            "size": 562,
            "ttl": 12338
          },
          {
            "id": "f629a052-a827-44d9-97cf-3902504edc79",
            "creation_date": "2020-05-18T08:35:18.796+00:00",
            "filename": "original-filename2.jpg",
            "size": 3439,
            "ttl": 259200
          }
        ]
        ```"""
        response = await self.api_client.call(
            _BLOBS_LIST, (project_name, range, creation_date), _options
        )
        return response.data

    @_validated
    async def blobs_list_with_http_info(
        self,
        project_name: StrictStr,
        range: Optional[StrictInt] = None,
        creation_date: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[BlobList]]:
        """Like `blobs_list`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _BLOBS_LIST, (project_name, range, creation_date), _options
        )

    @_validated
    async def blobs_list_without_preload_content(
        self,
        project_name: StrictStr,
        range: Optional[StrictInt] = None,
        creation_date: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `blobs_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _BLOBS_LIST, (project_name, range, creation_date), _options
        )

    @_validated
    async def configurations_list(
        self, **_options: Unpack[RequestOptions]
    ) -> list[ConfigurationList]:
        """List available connector configurations

        ### Description
        Get the details of available connectors. The configuration parameters for both the connectors and their corresponding credentials are returned with the required names and data types. These parameters must be provided when creating credentials and connectors.
        If a new connector is supported, the necessary configuration parameters can be accessed with this method.

        ### Response Structure
        Details of the available connectors and their credentials
        - `connector`: Name of the connector
        - `connector_type`: Type of the connector. It can be either structured or blob depending on what type of data is supported by the connector.
        - `connector_configuration`: A dictionary with the following keys:
            - `parameter`: Name of the parameter necessary for the connector configuration
            - `name`: Descriptive name of the parameter
            - `description`: A description of the parameter
            - `input_field`: The HTML input field type for the UI
            - `default`: The default value for the parameter
            - `protected`: A boolean field to indicate if the parameter should be kept as hidden.
            - `regex`: The regex that is used to validate the parameter
        - `credentials_configuration`: A dictionary with the following keys:
            - `parameter`: Name of the parameter necessary for the credentials configuration
            - `name`: Descriptive name of the parameter
            - `description`: A description of the parameter
            - `input_field`: The HTML input field type for the UI
            - `default`: The default value for the parameter
            - `protected`: A boolean field to indicate if the parameter should be kept as hidden.
            - `regex`: The regex that is used to validate the parameter"""
        response = await self.api_client.call(_CONFIGURATIONS_LIST, (), _options)
        return response.data

    @_validated
    async def configurations_list_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ConfigurationList]]:
        """Like `configurations_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_CONFIGURATIONS_LIST, (), _options)

    @_validated
    async def configurations_list_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `configurations_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_CONFIGURATIONS_LIST, (), _options)

    @_validated
    async def connectors_create(
        self,
        project_name: StrictStr,
        data: Union[ConnectorCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ConnectorList:
        """Create a connector

        ### Description
        Create a connector by defining its necessary configuration parameters. Connectors use a reference to credentials which will be used in authentication.

        The type of a connector can be either a blob or structured. This input type is inferred from the given *type* field. For example, an aws_s3 connector is of type blob while a postgresql connector is structured.
        For the **blob** type connectors, a default field is created with the name *blob* and data type *blob*. When blob connectors are attached in a pipeline, this field must be used in the mapping. It is not possible to define other fields for blob connectors.

        ### Required Parameters
        - `name`: Name of the connector. It is unique within a project.
        - `type`: Type of the connector. It should be one of the supported connectors such as aws_s3, postgresql and gcp_cloud_storage. The full list of supported connectors can be obtained from */config/connectors* endpoint.
        - `credentials`: Name of referenced credentials
        - `configuration`: A dictionary which should contain the fields necessary for the given type

        ### Optional Parameters
        - `input_fields`: A list of connector fields with name and data_type. For example, for postgresql type of connector, these fields correspond to the columns of a table. In case of blob connectors, the input_fields should be omitted or given as an empty list. For structured connectors, they must be provided.

        #### Request Examples
        A postgresql connector
        ```
        {
          "name": "postgresql-connector",
          "type": "postgresql",
          "credentials": "postgresql-credentials",
          "configuration": {
            "database": "database-1",
            "schema": "public",
            "table": "table-1"
          },
          "input_fields": [
            {
              "name": "field-1",
              "data_type": "int"
            },
             {
              "name": "field-2",
              "data_type": "double"
            }
          ]
        }
        ```

        ### Response Structure
        Details of the created connector
        - `id`: Unique identifier for the connector (UUID)
        - `name`: Name of the connector
        - `type`: Type of the connector
        - `input_type`: Type of the connector according to the type field. It can be either structured or blob.
        - `project`: Project name in which the connector is created
        - `credentials`: Name of referenced credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `input_fields`: A list of connector fields with name and data_type
        - `status`: The state of the connector. It is initialized as pending_verification.
        - `error_message`: The error message which explains why the connector has failed verification. It is empty if the connector is available.
        - `creation_date`: The date when the connector was created
        - `last_updated`: The date when the connector was last updated

        #### Response Examples
        ```
        {
          "id": "e0342249-853c-4879-bd08-5cd1af572d7e",
          "name": "postgresql-connector",
          "type": "postgresql",
          "input_type": "structured",
          "status": "pending_verification",
          "error_message": "",
          "project": "project-1",
          "credentials": "postgresql-credentials",
          "configuration": {
            "database": "database-1",
            "schema": "public",
            "table": "table-1"
          },
          "input_fields": [
            {
              "name": "field-1",
              "data_type": "int"
            },
             {
              "name": "field-2",
              "data_type": "double"
            }
          ],
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-05-12T16:23:15.456812Z"
        }
        ```"""
        response = await self.api_client.call(_CONNECTORS_CREATE, (project_name, data), _options)
        return response.data

    @_validated
    async def connectors_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[ConnectorCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ConnectorList]:
        """Like `connectors_create`, with status code, headers and raw body too."""
        return await self.api_client.call(_CONNECTORS_CREATE, (project_name, data), _options)

    @_validated
    async def connectors_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[ConnectorCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `connectors_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_CONNECTORS_CREATE, (project_name, data), _options)

    @_validated
    async def connectors_delete(
        self, project_name: StrictStr, connector_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete connectors

        Delete a connector in a project"""
        await self.api_client.call(_CONNECTORS_DELETE, (project_name, connector_name), _options)

    @_validated
    async def connectors_delete_with_http_info(
        self, project_name: StrictStr, connector_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `connectors_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _CONNECTORS_DELETE, (project_name, connector_name), _options
        )

    @_validated
    async def connectors_delete_without_preload_content(
        self, project_name: StrictStr, connector_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `connectors_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _CONNECTORS_DELETE, (project_name, connector_name), _options
        )

    @_validated
    async def connectors_get(
        self, project_name: StrictStr, connector_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ConnectorList:
        """Get connectors

        ### Description
        Get the details of a single connector

        ### Response Structure
        Details of the connector
        - `id`: Unique identifier for the connector (UUID)
        - `name`: Name of the connector
        - `type`: Type of the connector
        - `input_type`: Type of the connector according to the type field. It can be either structured or blob.
        - `project`: Project name in which the connector is defined
        - `credentials`: Name of referenced credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `input_fields`: A list of connector fields with name and data_type
        - `status`: The state of the connector. It can be pending_verification, failed_verification or available.
        - `error_message`: The error message which explains why the connector has failed verification. It is empty if the connector is available.
        - `creation_date`: The date when the connector was created
        - `last_updated`: The date when the connector was last updated

        #### Response Examples
        ```
        {
          "id": "662c326c-a560-4322-8ed3-1229224257c43",
          "name": "s3-connector",
          "type": "aws_s3",
          "input_type": "blob",
          "status": "available",
          "error_message": "",
          "project": "project-1",
          "credentials": "s3-credentials",
          "configuration": {
            "bucket": "bucket-name",
            "path_prefix": "blob"
          },
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-06-22T18:04:76.123754Z"
        }
        ```"""
        response = await self.api_client.call(
            _CONNECTORS_GET, (project_name, connector_name), _options
        )
        return response.data

    @_validated
    async def connectors_get_with_http_info(
        self, project_name: StrictStr, connector_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ConnectorList]:
        """Like `connectors_get`, with status code, headers and raw body too."""
        return await self.api_client.call(_CONNECTORS_GET, (project_name, connector_name), _options)

    @_validated
    async def connectors_get_without_preload_content(
        self, project_name: StrictStr, connector_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `connectors_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _CONNECTORS_GET, (project_name, connector_name), _options
        )

    @_validated
    async def connectors_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[ConnectorList]:
        """List connectors

        ### Description
        List the connectors in a project

        ### Response Structure
        A list of details of the connectors in the project
        - `id`: Unique identifier for the connector (UUID)
        - `name`: Name of the connector
        - `type`: Type of the connector
        - `input_type`: Type of the connector according to type field. It can be either structured or blob.
        - `project`: Project name in which the connector is defined
        - `credentials`: Name of referenced credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `input_fields`: A list of connector fields with name and data_type
        - `status`: The state of the connector. It can be pending_verification, failed_verification or available.
        - `error_message`: The error message which explains why the connector has failed verification. It is empty if the connector is available.
        - `creation_date`: The date when the connector was created
        - `last_updated`: The date when the connector was last updated

        #### Response Examples
        ```
        [
          {
            "id": "662c326c-a560-4322-8ed3-1229224257c43",
            "name": "s3-connector",
            "type": "aws_s3",
            "input_type": "blob",
            "status": "available",
            "error_message": "",
            "project": "project-1",
            "credentials": "s3-credentials",
            "configuration": {
              "bucket": "bucket-name",
              "path_prefix": "blob"
            },
            "creation_date": "2020-03-24T09:43:51.791253Z",
            "last_updated": "2020-05-19T11:52:21.163270Z"
          },
          {
            "id": "e0342249-853c-4879-bd08-5cd1af572d7e",
            "name": "postgresql-connector",
            "type": "postgresql",
            "input_type": "structured",
            "status": "available",
            "error_message": "",
            "project": "project-1",
            "credentials": "postgresql-credentials",
            "configuration": {
              "database": "database-1",
              "schema": "public",
              "table": "table-1"
            },
            "input_fields": [
              {
                "name": "field-1",
                "data_type": "int"
              },
              {
                "name": "field-2",
                "data_type": "double"
              }
            ],
            "creation_date": "2020-05-12T16:23:15.456812Z",
            "last_updated": "2020-06-22T18:04:76.123754Z"
          }
        ]
        ```"""
        response = await self.api_client.call(_CONNECTORS_LIST, (project_name,), _options)
        return response.data

    @_validated
    async def connectors_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ConnectorList]]:
        """Like `connectors_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_CONNECTORS_LIST, (project_name,), _options)

    @_validated
    async def connectors_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `connectors_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_CONNECTORS_LIST, (project_name,), _options)

    @_validated
    async def connectors_update(
        self,
        project_name: StrictStr,
        connector_name: StrictStr,
        data: Union[ConnectorUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ConnectorList:
        """Update connectors

        ### Description
        Update a connector in a project. When updating, all necessary fields are validated again. It is not possible to update the **type** of a connector.

        ### Optional Parameters
        - `name`: New name for the connector
        - `credentials`: A new credentials name to be referenced
        - `configuration`: A new dictionary with new values for credentials configuration. This dictionary may contain a subset of the necessary parameters for the credentials type. Only the given parameters are updated and the rest is kept at their old values.
        - `input_fields`: The old fields are changed with the new ones. If one or more old fields wanted to be kept for the connector, they must be provided again.

        #### Request Examples
        ```
        {
          "name": "new-connector-name"
        }
        ```

        ```
        {
          "configuration": {
            "bucket": "new-bucket-name",
            "path_prefix": "new-blob"
          }
        }
        ```

        ```
        {
          "credentials": "new-credentials-name"
        }
        ```

        ```
        {
          "input_fields": [
            {
              "name": "new-connector-field-1",
              "data_type": "double"
            },
            {
              "name": "new-connector-field-2",
              "data_type": "array_int"
            }
          ]
        }
        ```

        ### Response Structure
        Details of the updated connector
        - `id`: Unique identifier for the connector (UUID)
        - `name`: Name of the connector
        - `type`: Type of the connector
        - `input_type`: Type of the connector according to the type field. It can be either structured or blob.
        - `project`: Project name in which the connector is defined
        - `credentials`: Name of referenced credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `input_fields`: A list of connector fields with name and data_type
        - `status`: The state of the connector. If the configuration parameters are updated, the connector is verified again.
        - `error_message`: The error message which explains why the connector has failed verification. It is empty if the connector is available.
        - `creation_date`: The date when the connector was created
        - `last_updated`: The date when the connector was last updated

        #### Response Examples
        ```
        {
          "id": "662c326c-a560-4322-8ed3-1229224257c43",
          "name": "new-s3-connector",
          "type": "aws_s3",
          "input_type": "blob",
          "status": "available",
          "error_message": "",
          "project": "project-1",
          "credentials": "s3-credentials",
          "configuration": {
            "bucket": "new-bucket-name",
            "path_prefix": "blob"
          },
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-06-22T18:04:76.123754Z"
        }
        ```"""
        response = await self.api_client.call(
            _CONNECTORS_UPDATE, (project_name, connector_name, data), _options
        )
        return response.data

    @_validated
    async def connectors_update_with_http_info(
        self,
        project_name: StrictStr,
        connector_name: StrictStr,
        data: Union[ConnectorUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ConnectorList]:
        """Like `connectors_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _CONNECTORS_UPDATE, (project_name, connector_name, data), _options
        )

    @_validated
    async def connectors_update_without_preload_content(
        self,
        project_name: StrictStr,
        connector_name: StrictStr,
        data: Union[ConnectorUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `connectors_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _CONNECTORS_UPDATE, (project_name, connector_name, data), _options
        )

    @_validated
    async def credentials_create(
        self,
        project_name: StrictStr,
        data: Union[CredentialsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> CredentialsList:
        """Create credentials

        ### Description
        Create a new credentials by defining its necessary configuration parameterss

        ### Required Parameters
        - `name`: Name of the credentials. It is unique within a project.
        - `type`: Type of the credentials. It should be one of the supported connectors such as aws_s3, postgresql and gcp_cloud_storage.
        - `configuration`: A dictionary which should contain the fields necessary for the given type

        #### Request Examples
        ```
        {
          "name": "s3-credentials",
          "type": "aws_s3",
          "configuration": {
            "access_key": "access_key",
            "secret_key": "secret_key",
            "region": "eu-central-1"
          }
        }
        ```

        ### Response Structure
        Details of the created credentials
         - `id`: Unique identifier for the credentials (UUID)
         - `name`: Name of the credentials
         - `project`: Project name in which the credentials is created
         - `type`: Type of the credentials
         - `reference_count`: The number of connectors using this credentials. It is initialised as 0 when it is created.
         - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
         - `status`: The state of the credentials. It is initialized as pending_verification.
         - `error_message`: The error message which explains why the credentials has failed verification. It is empty if the credentials is available.
         - `creation_date`: The date when the credentials was created
         - `last_updated`: The date when the credentials was last updated

        #### Response Examples
        ```
        {
          "id": "da4da757-373c-4cab-948e-90ff4ab2e9c3",
          "name": "s3-credentials",
          "project": "project-1",
          "type": "aws_s3",
          "status": "pending_verification",
          "error_message": "",
          "reference_count": 0,
          "configuration": {
            "access_key": null,
            "secret_key": null,
            "region": "eu-central-1"
          },
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-05-12T16:23:15.456812Z"
        }
        ```"""
        response = await self.api_client.call(_CREDENTIALS_CREATE, (project_name, data), _options)
        return response.data

    @_validated
    async def credentials_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[CredentialsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[CredentialsList]:
        """Like `credentials_create`, with status code, headers and raw body too."""
        return await self.api_client.call(_CREDENTIALS_CREATE, (project_name, data), _options)

    @_validated
    async def credentials_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[CredentialsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `credentials_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_CREDENTIALS_CREATE, (project_name, data), _options)

    @_validated
    async def credentials_delete(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete credentials

        ### Description
        Delete a credentials. If there is a reference to the credentials from a connector, it is **not possible to delete** the credentials. The reference should be removed first.
        """
        await self.api_client.call(_CREDENTIALS_DELETE, (project_name, credentials_name), _options)

    @_validated
    async def credentials_delete_with_http_info(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `credentials_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _CREDENTIALS_DELETE, (project_name, credentials_name), _options
        )

    @_validated
    async def credentials_delete_without_preload_content(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `credentials_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _CREDENTIALS_DELETE, (project_name, credentials_name), _options
        )

    @_validated
    async def credentials_get(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> CredentialsListWithConfig:
        """Get credentials

        ### Description
        Get the details of a single credentials

        ### Response Structure
        Details of the credentials
        - `id`: Unique identifier for the credentials (UUID)
        - `name`: Name of the credentials
        - `project`: Project name in which the credentials is defineds
        - `type`: Type of the credentials
        - `reference_count`: The number of connectors using the credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `status`: The state of the credentials. It can be pending_verification, failed_verification or available.
        - `error_message`: The error message which explains why the credentials has failed verification. It is empty if the credentials is available.
        - `creation_date`: The date when the credentials was created
        - `last_updated`: The date when the credentials was last updated

        #### Response Examples
        ```
        {
          "id": "e07b3715-71c9-4a49-a8e5-179cf4778086",
          "name": "postgresql-credentials",
          "project": "project-1",
          "type": "postgresql",
          "status": "available",
          "error_message": "",
          "reference_count": 2,
          "configuration": {
            "username": "user",
            "password": null,
            "host": "host",
            "port": "1234"
          },
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-06-22T18:04:76.123754Z"
        }
        ```"""
        response = await self.api_client.call(
            _CREDENTIALS_GET, (project_name, credentials_name), _options
        )
        return response.data

    @_validated
    async def credentials_get_with_http_info(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[CredentialsListWithConfig]:
        """Like `credentials_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _CREDENTIALS_GET, (project_name, credentials_name), _options
        )

    @_validated
    async def credentials_get_without_preload_content(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `credentials_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _CREDENTIALS_GET, (project_name, credentials_name), _options
        )

    @_validated
    async def credentials_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[CredentialsList]:
        """List credentials

        ### Description
        List all the sets of credentials in a project

        ### Response Structure
        A list of details of the credentials in the project
        - `id`: Unique identifier for the credentials (UUID)
        - `name`: Name of the credentials
        - `project`: Project name in which the credentials is defined
        - `type`: Type of the credentials
        - `reference_count`: The number of connectors using the credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `status`: The state of the credentials. It can be pending_verification, failed_verification or available.
        - `error_message`: The error message which explains why the credentials has failed verification. It is empty if the credentials is available.
        - `creation_date`: The date when the credentials was created
        - `last_updated`: The date when the credentials was last updated

        #### Response Examples
        ```
        [
          {
            "id": "da4da757-373c-4cab-948e-90ff4ab2e9c3",
            "name": "s3-credentials",
            "project": "project-1",
            "type": "aws_s3",
            "status": "available",
            "error_message": "",
            "reference_count": 1,
            "configuration": {
              "access_key": null,
              "secret_key": null,
              "region": "eu-central-1"
            },
            "creation_date": "2020-03-24T09:43:51.791253Z",
            "last_updated": "2020-05-19T11:52:21.163270Z"
          },
          {
            "id": "e07b3715-71c9-4a49-a8e5-179cf4778086",
            "name": "postgresql-credentials",
            "project": "project-1",
            "type": "postgresql",
            "status": "available",
            "error_message": "",
            "reference_count": 2,
            "configuration": {
              "username": "user",
              "password": null,
              "host": "host",
              "port": "1234"
            },
            "creation_date": "2020-05-12T16:23:15.456812Z",
            "last_updated": "2020-06-22T18:04:76.123754Z"
          }
        ]
        ```"""
        response = await self.api_client.call(_CREDENTIALS_LIST, (project_name,), _options)
        return response.data

    @_validated
    async def credentials_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[CredentialsList]]:
        """Like `credentials_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_CREDENTIALS_LIST, (project_name,), _options)

    @_validated
    async def credentials_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `credentials_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_CREDENTIALS_LIST, (project_name,), _options)

    @_validated
    async def credentials_update(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        data: Union[CredentialsUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> CredentialsListWithConfig:
        """Update credentials

        ### Description
        Update a credentials. It is not possible to update the type of a credentials. All necessary fields are validated again.

        ### Optional Parameters
        - `name`: New name for the credentials
        - `configuration`: A new dictionary with new values for credentials configuration. This dictionary may contain a subset of the necessary parameters for the credentials type. Only the given parameters are updated and the rest is kept at their old values.

        #### Request Examples
        ```
        {
          "name": "new-credentials-name"
        }
        ```

        ```
        {
          "configuration": {
            "username": "new_user",
            "password": "new_secret_password",
            "host": "new_host",
            "port": "1234"
          }
        }
        ```

        ### Response Structure
        Details of the updated credentials
        - `id`: Unique identifier for the credentials (UUID)
        - `name`: Name of the credentials
        - `project`: Project name in which the credentials is defined
        - `type`: Type of the credentials
        - `reference_count`: The number of connectors using the credentials
        - `configuration`: The dictionary which contains the fields necessary for the given type with provided values. Values are not shown in response if the parameter has the protected field True.
        - `status`: The state of the credentials. If the configuration parameters are updated, the connector is verified again. If there is a connector referencing this credentials, it is also verified again with the updated configuration.
        - `error_message`: The error message which explains why the credentials has failed verification. It is empty if the credentials is available.
        - `creation_date`: The date when the credentials was created
        - `last_updated`: The date when the credentials was last updated

        #### Response Examples
        ```
        {
          "id": "e07b3715-71c9-4a49-a8e5-179cf4778086",
          "name": "postgresql-credentials",
          "project": "project-1",
          "type": "postgresql",
          "status": "pending_verification",
          "error_message": "",
          "reference_count": 2,
          "configuration": {
            "username": "new_user",
            "password": null,
            "host": "new_host",
            "port": "1234"
          },
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-06-22T18:04:76.123754Z"
        }
        ```"""
        response = await self.api_client.call(
            _CREDENTIALS_UPDATE, (project_name, credentials_name, data), _options
        )
        return response.data

    @_validated
    async def credentials_update_with_http_info(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        data: Union[CredentialsUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[CredentialsListWithConfig]:
        """Like `credentials_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _CREDENTIALS_UPDATE, (project_name, credentials_name, data), _options
        )

    @_validated
    async def credentials_update_without_preload_content(
        self,
        project_name: StrictStr,
        credentials_name: StrictStr,
        data: Union[CredentialsUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `credentials_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _CREDENTIALS_UPDATE, (project_name, credentials_name, data), _options
        )

    @_validated
    async def metrics_get(
        self,
        project_name: StrictStr,
        metric: StrictStr,
        start_time: StrictStr,
        end_time: StrictStr,
        object_type: StrictStr,
        interval: Optional[StrictStr] = None,
        object_id: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[Metrics]:
        """Get metrics

        ### Description
        Get metrics for the project or a specified object. The following metrics are available:

        Metrics on pipeline level:
         - `requests`: Number of requests made to the object
         - `input_volume`: Volume of incoming data in bytes
         - `object_requests`: Number of requests made to objects in the pipeline

        Metrics on model version level:
         - `requests`: Number of requests made to the object
         - `input_volume`: Volume of incoming data in bytes
         - `output_volume`: Volume of outgoing data in bytes
         - `outputs`: Number of outgoing data items
         - `compute`: Time in seconds for a model request to complete
         - `instances`: Number of active model instances
         - `gb_seconds`: Usage of GB seconds, calculated by multiplying the model memory sizes in GB by the number of seconds the models are running
         - `active_time`: Time in seconds that the model is active

        Metrics on connector level:
         - `requests`: Number of requests made to the object
         - `volume`: Volume of incoming data in bytes

        ### Required Parameters
        - `start_time`: Starting time for the metric values to be returned. It should be provided in datetime isoformat.
        - `end_time`: Ending time for the metric values to be returned. It should be provided in datetime isoformat.
        - `object_type`: The type of the object for which the metrics are requested. It can be either `model_version`, `connector` or `pipeline`.

        ### Optional Parameters
        - `interval`: Interval for the metric value. It can be minute, hour, day or month. The metric values will be aggregated according to this interval. The default value is hour.
        - `object_id`: Uuid of the specific object for which the metrics are requested. When it is not provided, the metrics are aggregated for the given `object_type`.

        ### Response Structure
        - `start_time`: Timestamp denoting the start of the period over which the metric was measured
        - `end_time`: Timestamp denoting the end of the period over which the metric was measured
        - `value`: Aggregated metric value for the given interval

        #### Response Examples
        With interval as minute, start_time as 2019-11-13 12:00:00 and end_time as 2019-11-13 12:03:00
        ```
        [
          {
            "start_time": "2019-11-13T12:00:00+00:00",
            "end_time": "2019-11-13T12:01:00+00:00",
            "value": 100
          },
          {
            "start_time": "2019-11-13T12:01:00+00:00",
            "end_time": "2019-11-13T12:02:00+00:00",
            "value": 134
          },
          {
            "start_time": "2019-11-13T12:02:00+00:00",
            "end_time": "2019-11-13T12:03:00+00:00",
            "value": 112
          }
        ]

        ```

        With interval as hour, start_time as 2019-11-13 12:00:00 and end_time as 2019-11-13 14:00:00
        ```
        [
          {
           "start_time": "2019-11-13T12:00:00+00:00",
           "end_time": "2019-11-13T13:00:00+00:00",
           "value": 92
          },
          {
            "start_time": "2019-11-13T13:00:00+00:00",
            "end_time": "2019-11-13T14:00:00+00:00",
            "value": 120
          },
          {
            "start_time": "2019-11-13T14:00:00+00:00",
            "end_time": "2019-11-13T15:00:00+00:00",
            "value": 0
          }
        ]
        ```

        With interval as day, start_time as 2019-11-13 12:00:00 and end_time as 2019-11-14 12:00:00
        ```
        [
          {
           "start_time": "2019-11-13T00:00:00+00:00",
           "end_time": "2019-11-14T00:00:00+00:00",
           "value": 528
          },
          {
            "start_time": "2019-11-14T00:00:00+00:00",
            "end_time": "2019-11-15T00:00:00+00:00",
            "value": 342
          }
        ]
        ```

        With interval as month, start_time as 2019-11-13 12:00:00 and end_time as 2019-12-13 12:00:00
        ```
        [
          {
           "start_time": "2019-11-01T00:00:00+00:00",
           "end_time": "2019-12-01T00:00:00+00:00",
           "value": 1983
          }
        ]
        ```"""
        response = await self.api_client.call(
            _METRICS_GET,
            (project_name, metric, start_time, end_time, object_type, interval, object_id),
            _options,
        )
        return response.data

    @_validated
    async def metrics_get_with_http_info(
        self,
        project_name: StrictStr,
        metric: StrictStr,
        start_time: StrictStr,
        end_time: StrictStr,
        object_type: StrictStr,
        interval: Optional[StrictStr] = None,
        object_id: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[Metrics]]:
        """Like `metrics_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _METRICS_GET,
            (project_name, metric, start_time, end_time, object_type, interval, object_id),
            _options,
        )

    @_validated
    async def metrics_get_without_preload_content(
        self,
        project_name: StrictStr,
        metric: StrictStr,
        start_time: StrictStr,
        end_time: StrictStr,
        object_type: StrictStr,
        interval: Optional[StrictStr] = None,
        object_id: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `metrics_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _METRICS_GET,
            (project_name, metric, start_time, end_time, object_type, interval, object_id),
            _options,
        )

    @_validated
    async def model_environment_variables_create(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Create model environment variable

        ### Description
        Create an environment variable for the model. This variable will be inherited by all versions of this model. Variables inherited from the project can be shadowed by creating a variable with the same name.

        ### Required Parameters
        - `name`: The name of the variable. The variable will have this name when accessed from your model code. The variable name should contain only letters and underscores, and not start or end with an underscore.
        - `value`: The value of the variable as a string. It may be an empty string ("").
        - `secret`: If this variable contains sensitive information, set this to true to hide it from other users.

        #### Request Examples
        ```
        {
          "name": "model_variable_a",
          "value": "some_value",
          "secret": false
        }
        ```

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        {
        "id": "7c28a2be-507e-4fae-981d-54e94f22dab0",
        "name": "model_variable_a",
        "value": "some_value",
        "secret": false
        }
        ```"""
        response = await self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_CREATE, (project_name, model_name, data), _options
        )
        return response.data

    @_validated
    async def model_environment_variables_create_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `model_environment_variables_create`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_CREATE, (project_name, model_name, data), _options
        )

    @_validated
    async def model_environment_variables_create_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_environment_variables_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_ENVIRONMENT_VARIABLES_CREATE, (project_name, model_name, data), _options
        )

    @_validated
    async def model_environment_variables_delete(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete model environment variable

        ### Description
        Delete an environment variable of the model"""
        await self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_DELETE, (project_name, id, model_name), _options
        )

    @_validated
    async def model_environment_variables_delete_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `model_environment_variables_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_DELETE, (project_name, id, model_name), _options
        )

    @_validated
    async def model_environment_variables_delete_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_environment_variables_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_ENVIRONMENT_VARIABLES_DELETE, (project_name, id, model_name), _options
        )

    @_validated
    async def model_environment_variables_get(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Get model environment variable

        ### Description
        Retrieve details of a model environment variable. This cannot be used to retrieve details of inherited variables.

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        [
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false
          }
        ]
        ```"""
        response = await self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_GET, (project_name, id, model_name), _options
        )
        return response.data

    @_validated
    async def model_environment_variables_get_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `model_environment_variables_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_GET, (project_name, id, model_name), _options
        )

    @_validated
    async def model_environment_variables_get_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_environment_variables_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_ENVIRONMENT_VARIABLES_GET, (project_name, id, model_name), _options
        )

    @_validated
    async def model_environment_variables_list(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[InheritedEnvironmentVariableList]:
        """List model environment variables

        ### Description
        List the environment variables defined for the model. Includes environment variables defined at project level.

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information
        - `inheritance_type`: Type of parent object that this variable is inherited from - can be `project` or empty if the variable was defined for the model directly
        - `inheritance_name`: Name of the parent object that this variable is inherited from - will be empty if the variable was defined for the model directly

        #### Response Examples
        ```
        [
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false,
            "inheritance_type": "",
            "inheritance_name": ""
          },
          {
            "id": "06c2c8be-507e-4fae-981d-54e94f22dab0",
            "name": "database_password",
            "value": null,
            "secret": true,
            "inheritance_type": "project",
            "inheritance_name": "project_name"
          }
        ]
        ```"""
        response = await self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_LIST, (project_name, model_name), _options
        )
        return response.data

    @_validated
    async def model_environment_variables_list_with_http_info(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[InheritedEnvironmentVariableList]]:
        """Like `model_environment_variables_list`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_LIST, (project_name, model_name), _options
        )

    @_validated
    async def model_environment_variables_list_without_preload_content(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `model_environment_variables_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_ENVIRONMENT_VARIABLES_LIST, (project_name, model_name), _options
        )

    @_validated
    async def model_environment_variables_update(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Update model environment variable

        ### Description
        Update an environment variable for the model. This cannot be used to update inherited variables; to change an inherited variable for a specific model you can create a variable with the same name for the model.

        ### Required Parameters
        - `name`: The name of the variable. The variable will have this name when accessed from your model code. The variable name should contain only letters and underscores, and not start or end with an underscore.
        - `value`: The value of the variable as a string. It may be an empty string ("").
        - `secret`: If this variable contains sensitive information, set this to true to hide it from other users. Can be updated from false to true, but not from true to false (i.e. secrets will stay secrets).

        #### Request Examples
        ```
        {
          "name": "model_variable_a",
          "value": "some new value",
          "secret": false
        }
        ```

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        {
          "id": "7c28a2be-507e-4fae-981d-54e94f22dab0",
          "name": "model_variable_a",
          "value": "some new value",
          "secret": false
        }
        ```"""
        response = await self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_UPDATE, (project_name, id, model_name, data), _options
        )
        return response.data

    @_validated
    async def model_environment_variables_update_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `model_environment_variables_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_ENVIRONMENT_VARIABLES_UPDATE, (project_name, id, model_name, data), _options
        )

    @_validated
    async def model_environment_variables_update_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_environment_variables_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_ENVIRONMENT_VARIABLES_UPDATE, (project_name, id, model_name, data), _options
        )

    @_validated
    async def model_requests_create(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[ModelRequestCreate, dict[str, Any]],
        timeout: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ModelRequestList:
        """Create model requests

        ### Description
        Request a prediction from a model. Model requests are made for a specific version of a model. It is only possible to make a model request if a model file is uploaded for that model version and the model build has succeeded (meaning that the model version is in available state).
        In case of a **blob** field, the uuid of a previously uploaded blob must be provided.

        ### Required Parameters
        A dictionary which contains the input fields of the model as keys

        ### Optional Parameters
        These parameters should be given as GET parameters
        - `timeout`: Timeout for the model request in seconds. The maximum allowed value is 3600 and the default value is 300.

        #### Request Examples
        ```
        {
          "model-input-field-1": 5.0,
          "model-input-field-2": "N",
          "model-input-field-3": [0.25, 0.25, 2.1, 16.3]
        }
        ```

        ```
        {
          "input-field-1": 5.0,
          "blob-input-field": "f52ff875-4980-4d71-9798-a469ef8cece2"
        }
        ```

        ### Response Structure
        Details of the created model request
        - `request_id`: Unique identifier for the model request
        - `success`: A boolean value that indicates whether the model request was successful
        - `result`: Model request result value. NULL if the request failed.
        - `error_message`: An error message explaining why the request has failed. NULL if the request was successful.

        #### Response Examples
        A failed model request
        ```
        {
          "request_id": "edcf07b5-ae15-46e6-ba29-daeed53eaa61",
          "success": false,
          "result": None,
          "error_message": "Asset ID not supported"
        }
        ```

        A successful model request
        ```
        {
          "request_id": "b98a6d68-3173-409a-9e6e-a56804045a9c",
          "success": true,
          "result": {
            "model-output-field-1": "2.1369",
            "model-output-field-2": "5.5832",
          },
          "error_message": None
        }
        ```"""
        response = await self.api_client.call(
            _MODEL_REQUESTS_CREATE, (project_name, model_name, version, data, timeout), _options
        )
        return response.data

    @_validated
    async def model_requests_create_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[ModelRequestCreate, dict[str, Any]],
        timeout: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelRequestList]:
        """Like `model_requests_create`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_REQUESTS_CREATE, (project_name, model_name, version, data, timeout), _options
        )

    @_validated
    async def model_requests_create_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[ModelRequestCreate, dict[str, Any]],
        timeout: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_requests_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_REQUESTS_CREATE, (project_name, model_name, version, data, timeout), _options
        )

    @_validated
    async def model_version_environment_variables_create(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Create model version environment variable

        ### Description
        Create an environment variable for the model version. Variables inherited from the project or model can be shadowed by creating a variable with the same name.

        ### Required Parameters
        - `name`: The name of the variable. The variable will have this name when accessed from your model code. The variable name should contain only letters and underscores, and not start or end with an underscore.
        - `value`: The value of the variable as a string. It may be an empty string ("").
        - `secret`: If this variable contains sensitive information, set this to true to hide it from other users.

        #### Request Examples
        ```
        {
          "name": "version_variable",
          "value": "another one",
          "secret": false
        }
        ```

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        {
          "id": "54e94fbe-507e-4fae-981d-227c28a2dab0",
          "name": "version_variable",
          "value": "another one",
          "secret": false
        }
        ```"""
        response = await self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_CREATE,
            (project_name, model_name, version, data),
            _options,
        )
        return response.data

    @_validated
    async def model_version_environment_variables_create_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `model_version_environment_variables_create`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_CREATE,
            (project_name, model_name, version, data),
            _options,
        )

    @_validated
    async def model_version_environment_variables_create_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_version_environment_variables_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_CREATE,
            (project_name, model_name, version, data),
            _options,
        )

    @_validated
    async def model_version_environment_variables_delete(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete model version environment variable

        ### Description
        Delete an environment variable of the model version"""
        await self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_DELETE,
            (project_name, id, model_name, version),
            _options,
        )

    @_validated
    async def model_version_environment_variables_delete_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `model_version_environment_variables_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_DELETE,
            (project_name, id, model_name, version),
            _options,
        )

    @_validated
    async def model_version_environment_variables_delete_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_version_environment_variables_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_DELETE,
            (project_name, id, model_name, version),
            _options,
        )

    @_validated
    async def model_version_environment_variables_get(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Get model version environment variable

        ### Description
        Retrieve details of a model version environment variable. This cannot be used to retrieve details of inherited variables.

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        [
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false
          }
        ]
        ```"""
        response = await self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_GET,
            (project_name, id, model_name, version),
            _options,
        )
        return response.data

    @_validated
    async def model_version_environment_variables_get_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `model_version_environment_variables_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_GET,
            (project_name, id, model_name, version),
            _options,
        )

    @_validated
    async def model_version_environment_variables_get_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_version_environment_variables_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_GET,
            (project_name, id, model_name, version),
            _options,
        )

    @_validated
    async def model_version_environment_variables_list(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> list[InheritedEnvironmentVariableList]:
        """List model version environment variables

        ### Description
        List the environment variables defined for the model version. Includes environment variables defined at project level and model level.

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information
        - `inheritance_type`: Type of parent object that this variable is inherited from - can be `project`, `model`, or empty if the variable was defined for the model version directly
        - `inheritance_name`: Name of the parent object that this variable is inherited from - will be empty if the variable was defined for the model version directly

        #### Response Examples
        ```
        [
          {
            "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "name": "version_specific_variable",
            "value": "some_value",
            "secret": false,
            "inheritance_type": "",
            "inheritance_name": ""
          },
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false,
            "inheritance_type": "model",
            "inheritance_name": "model_name"
          },
          {
            "id": "06c2c8be-507e-4fae-981d-54e94f22dab0",
            "name": "database_password",
            "value": null,
            "secret": true,
            "inheritance_type": "project",
            "inheritance_name": "project_name"
          }
        ]
        ```"""
        response = await self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_LIST, (project_name, model_name, version), _options
        )
        return response.data

    @_validated
    async def model_version_environment_variables_list_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[InheritedEnvironmentVariableList]]:
        """Like `model_version_environment_variables_list`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_LIST, (project_name, model_name, version), _options
        )

    @_validated
    async def model_version_environment_variables_list_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_version_environment_variables_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_LIST, (project_name, model_name, version), _options
        )

    @_validated
    async def model_version_environment_variables_update(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Update model version environment variable

        ### Description
        Update an environment variable for the model version. This cannot be used to update inherited variables; to change an inherited variable for a specific version you can create a variable with the same name for the version.

        ### Required Parameters
        - `name`: The name of the variable. The variable will have this name when accessed from your model code. The variable name should contain only letters and underscores, and not start or end with an underscore.
        - `value`: The value of the variable as a string. It may be an empty string ("").
        - `secret`: If this variable contains sensitive information, set this to true to hide it from other users. Can be updated from false to true, but not from true to false (i.e. secrets will stay secrets).

        #### Request Examples
        ```
        {
          "name": "version_variable",
          "value": "yet another one",
          "secret": false
        }
        ```

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        {
          "id": "54e94fbe-507e-4fae-981d-227c28a2dab0",
          "name": "version_variable",
          "value": "yet another one",
          "secret": false
        }
        ```"""
        response = await self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_UPDATE,
            (project_name, id, model_name, version, data),
            _options,
        )
        return response.data

    @_validated
    async def model_version_environment_variables_update_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `model_version_environment_variables_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_UPDATE,
            (project_name, id, model_name, version, data),
            _options,
        )

    @_validated
    async def model_version_environment_variables_update_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_version_environment_variables_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_VERSION_ENVIRONMENT_VARIABLES_UPDATE,
            (project_name, id, model_name, version, data),
            _options,
        )

    @_validated
    async def model_versions_create(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[ModelVersionCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ModelVersionList:
        """Create model versions

        ### Description
        Create a version for a model

        ### Required Parameters
        - `version`: Name of the version of the model

        ### Optional Parameters
        - `language`: Language in which the model version is provided. It can be python3.5, python3.6, python3.7 or python3.8. The default value is python3.7
        - `memory_allocation`: Reserved memory for the version in MB. This value determines the memory allocated to the model version: it should to be enough to encompass the model file and all requirements that need to be installed. The default value is 2048. The minimum and maximum values are 256 and 32768 respectively.
        - `maximum_instances`: Upper bound of number of model versions running. The default value is 5, the maximum value is 20. *Indicator of resource capacity:* if many model requests need to be handled in a short time, this number can be set higher to avoid long waiting times.
        - `minimum_instances`: Lower bound of number of model versions running. The default value is 0. Set this value greater than 0 to always have a always running model version.
        - `maximum_idle_time`: Maximum time in seconds a model version stays idle before it is stopped. The default value is 300, the minimum value is 10 and the maximum value is 3600. A high value means that the model version stays active longer. Sending requests to a running model version means that it will be already initialized and thus take a shorter timer.

        - `description`: Description for the model version

        If the time that a request takes does not matter, keep the default values.

        #### Request Examples
        ```
        {
          "version": "version-1",
          "language": "python3.6"
        }
        ```

        ```
        {
          "version": "version-1",
          "language": "python3.5",
          "memory_allocation": 512
        }
        ```

        ```
        {
          "version": "version-1",
          "maximum_instances": 4,
          "minimum_instances": 1
        }
        ```

        ### Response Structure
        Details of the created version
        - `id`: Unique identifier for the model (UUID)
        - `model`: Model name to which the version is associated
        - `version`: Version name
        - `language`: Language in which the model version is provided
        - `memory_allocation`: Reserved memory for the version in MB
        - `maximum_instances`: Upper bound of number of model versions running
        - `minimum_instances`: Lower bound of number of model versions running
        - `maximum_idle_time`: Maximum time in seconds a model version stays idle before it is stopped
        - `description`: Description of the model version
        - `status`: The state of the model version. It is set to *initialised* state on creation.
        - `error_message`: The error message which explains why the model version has failed building or deployment. It is empty if the model version is available.
        - `creation_date`: The date when the model version was created
        - `last_updated`: The date when the model version was last updated
        - `file_last_updated`: The date when a model file was last uploaded

        #### Response Examples
        ```
        {
          "id": "4ae7d14b-4803-4e16-b96d-3b18caa4b605",
          "model": "model-1",
          "version": "version-1",
          "language": "python3.5",
          "description": "",
          "status": "initialised",
          "error_message": "",
          "memory_allocation": 512,
          "maximum_instances": 5,
          "minimum_instances": 0,
          "maximum_idle_time": 10,
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-05-12T16:23:15.456812Z",
          "file_last_updated": "2020-05-12T16:23:15.456812Z",
        }
        ```"""
        response = await self.api_client.call(
            _MODEL_VERSIONS_CREATE, (project_name, model_name, data), _options
        )
        return response.data

    @_validated
    async def model_versions_create_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[ModelVersionCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelVersionList]:
        """Like `model_versions_create`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_VERSIONS_CREATE, (project_name, model_name, data), _options
        )

    @_validated
    async def model_versions_create_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[ModelVersionCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_versions_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_VERSIONS_CREATE, (project_name, model_name, data), _options
        )

    @_validated
    async def model_versions_delete(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete model version

        ### Description
        Delete a model version. If the model version is referenced from a pipeline, it cannot be deleted, it must be removed from the pipeline first.
        """
        await self.api_client.call(
            _MODEL_VERSIONS_DELETE, (project_name, model_name, version), _options
        )

    @_validated
    async def model_versions_delete_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `model_versions_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_VERSIONS_DELETE, (project_name, model_name, version), _options
        )

    @_validated
    async def model_versions_delete_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_versions_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_VERSIONS_DELETE, (project_name, model_name, version), _options
        )

    @_validated
    async def model_versions_file_download(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ModelVersionFileUpload:
        """Download model files

        ### Description
        Download the model file of a model version of a model

        ### Response Structure
         - `file`: Model file of the version"""
        response = await self.api_client.call(
            _MODEL_VERSIONS_FILE_DOWNLOAD, (project_name, model_name, version), _options
        )
        return response.data

    @_validated
    async def model_versions_file_download_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelVersionFileUpload]:
        """Like `model_versions_file_download`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_VERSIONS_FILE_DOWNLOAD, (project_name, model_name, version), _options
        )

    @_validated
    async def model_versions_file_download_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_versions_file_download`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_VERSIONS_FILE_DOWNLOAD, (project_name, model_name, version), _options
        )

    @_validated
    async def model_versions_file_upload(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        file: FileInput,
        **_options: Unpack[RequestOptions],
    ) -> Success:
        """Upload model files

        ### Description
        Upload a file for a model version. This file should contain the model that will be run. It should be provided as a zip and a template can be found on https://github.com/UbiOps/model-template. The file is saved under a directory in the storage specified in the settings.

        ### Required Parameters
        - `file`: Model file

        ### Response Structure
        - `success`: Boolean indicating whether the model file upload succeeded or not"""
        response = await self.api_client.call(
            _MODEL_VERSIONS_FILE_UPLOAD, (project_name, model_name, version, file), _options
        )
        return response.data

    @_validated
    async def model_versions_file_upload_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        file: FileInput,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[Success]:
        """Like `model_versions_file_upload`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_VERSIONS_FILE_UPLOAD, (project_name, model_name, version, file), _options
        )

    @_validated
    async def model_versions_file_upload_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        file: FileInput,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_versions_file_upload`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_VERSIONS_FILE_UPLOAD, (project_name, model_name, version, file), _options
        )

    @_validated
    async def model_versions_get(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ModelVersionList:
        """Get model version

        ### Description
        Retrieve details of a model version of a model in a project

        ### Response Structure
        Details of a version
        - `id`: Unique identifier for the model (UUID)
        - `model`: Model name to which the version is associated
        - `version`: Version name
        - `language`: Language in which the model version is provided
        - `memory_allocation`: Reserved memory for the version in MB
        - `maximum_instances`: Upper bound of number of model pods running in parallel
        - `minimum_instances`: Lower bound of number of model pods running in parallel
        - `maximum_idle_time`: Maximum time in seconds a model version stays idle before it is stopped
        - `description`: Description of the model version
        - `status`: The state of the model version
        - `error_message`: The error message which explains why the model version has failed building or deployment. It is empty if the model version is available.
        - `creation_date`: The date when the model version was created
        - `last_updated`: The date when the model version was last updated
        - `file_last_updated`: The date when a model file was last uploaded

        #### Response Examples
        ```
        {
          "id": "4ae7d14b-4803-4e16-b96d-3b18caa4b605",
          "model": "model-1",
          "version": "version-1",
          "memory_allocation": 512,
          "language": "python3.7",
          "description": "",
          "status": "active",
          "error_message": "",
          "maximum_instances": 4,
          "minimum_instances": 1,
          "maximum_idle_time": 10,
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-06-22T18:04:76.123754Z",
          "file_last_updated": "2020-06-23T11:17:28.128652Z"
        }
        ```"""
        response = await self.api_client.call(
            _MODEL_VERSIONS_GET, (project_name, model_name, version), _options
        )
        return response.data

    @_validated
    async def model_versions_get_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelVersionList]:
        """Like `model_versions_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_VERSIONS_GET, (project_name, model_name, version), _options
        )

    @_validated
    async def model_versions_get_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_versions_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_VERSIONS_GET, (project_name, model_name, version), _options
        )

    @_validated
    async def model_versions_list(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[ModelVersionList]:
        """List model versions

        ### Description
        List all the versions of a model in a project

        ### Response Structure
        A list of details of the versions
        - `id`: Unique identifier for the model (UUID)
        - `model`: Model name to which the version is associated
        - `version`: Version name
        - `language`: Language in which the model version is provided
        - `memory_allocation`: Reserved memory usage for the version in MB
        - `maximum_instances`: Upper bound of number of model versions running
        - `minimum_instances`: Lower bound of number of model versions running
        - `maximum_idle_time`: Maximum time in seconds a model version stays idle before it is stopped
        - `description`: Description of the model version
        - `status`: The state of the model version
        - `error_message`: The error message which explains why the model version has failed building or deployment. It is empty if the model version is available.
        - `creation_date`: The date when the model version was created
        - `last_updated`: The date when the model version was last updated
        - `file_last_updated`: The date when a model file was last uploaded

        #### Response Examples
        ```
        [
          {
            "id": "4ae7d14b-4803-4e16-b96d-3b18caa4b605",
            "model": "model-1",
            "version": "version-1",
            "language": "python3.5",
            "description": "",
            "status": "active",
            "error_message": "",
            "memory_allocation": 512,
            "maximum_instances": 4,
            "minimum_instances": 1,
            "maximum_idle_time": 10,
            "creation_date": "2020-06-18T08:32:14.876451Z",
            "last_updated": "2020-06-19T10:52:23.124784Z",
            "file_last_updated": "2020-06-19T10:52:23.124784Z"
          },
          {
            "id": "24f6b80a-08c3-4d52-ac1a-2ea7e70f16a6",
            "model": "model-1",
            "version": "version-2",
            "language": "python3.6",
            "description": "",
            "status": "active",
            "error_message": "",
            "memory_allocation": 256,
            "maximum_instances": 5,
            "minimum_instances": 0,
            "maximum_idle_time": 10,
            "creation_date": "2020-05-12T16:23:15.456812Z",
            "last_updated": "2020-06-22T18:04:76.123754Z",
            "file_last_updated": "2020-06-23T11:17:28.128652Z"
          }
        ]
        ```"""
        response = await self.api_client.call(
            _MODEL_VERSIONS_LIST, (project_name, model_name), _options
        )
        return response.data

    @_validated
    async def model_versions_list_with_http_info(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ModelVersionList]]:
        """Like `model_versions_list`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_VERSIONS_LIST, (project_name, model_name), _options
        )

    @_validated
    async def model_versions_list_without_preload_content(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `model_versions_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_VERSIONS_LIST, (project_name, model_name), _options
        )

    @_validated
    async def model_versions_update(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[ModelVersionCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ModelVersionList:
        """Update model version

        ### Description
        Update a model version of a model in a project. Updating the language field will cause the model to be build again. All necessary fields are validated again.

        ### Optional Parameters
        - `version`: New name for the version
        - `language`: New language for the version
        - `memory_allocation`: New reserved memory for the version in MB
        - `maximum_instances`: New upper bound of number of model versions running
        - `minimum_instances`: New lower bound of number of model versions running
        - `maximum_idle_time`: New maximum time in seconds a model version stays idle before it is stopped
        - `description`: New description for the version

        #### Request Examples
        ```
        {
          "version": "new-version"
        }
        ```

        ```
        {
          "memory_allocation": 512,
          "maximum_instances": 4,
          "minimum_instances": 1
        }
        ```

        ### Response Structure
        Details of the updated version
        - `id`: Unique identifier for the model (UUID)
        - `model`: Model name to which the version is associated
        - `version`: Version name
        - `language`: Language in which the model version is provided
        - `memory_allocation`: Reserved memory for the version in MB
        - `maximum_instances`: Upper bound of number of model versions running
        - `minimum_instances`: Lower bound of number of model versions running
        - `maximum_idle_time`: Maximum time in seconds a model version stays idle before it is stopped
        - `description`: Description of the model version
        - `status`: The state of the model version
        - `error_message`: The error message which explains why the model version has failed building or deployment. It is empty if the model version is available.
        - `creation_date`: The date when the model version was created
        - `last_updated`: The date when the model version was last updated
        - `file_last_updated`: The date when a model file was last uploaded

        #### Response Examples
        ```
        {
          "id": "4ae7d14b-4803-4e16-b96d-3b18caa4b605",
          "model": "model-1",
          "version": "version-1",
          "language": "python3.5",
          "description": "",
          "status": "active",
          "error_message": "",
          "memory_allocation": 512,
          "maximum_instances": 4,
          "minimum_instances": 1,
          "maximum_idle_time": 10,
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-06-23T18:04:76.123754Z",
          "file_last_updated": "2020-06-23T11:17:28.128652Z"
        }
        ```"""
        response = await self.api_client.call(
            _MODEL_VERSIONS_UPDATE, (project_name, model_name, version, data), _options
        )
        return response.data

    @_validated
    async def model_versions_update_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[ModelVersionCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelVersionList]:
        """Like `model_versions_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODEL_VERSIONS_UPDATE, (project_name, model_name, version, data), _options
        )

    @_validated
    async def model_versions_update_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        version: StrictStr,
        data: Union[ModelVersionCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `model_versions_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODEL_VERSIONS_UPDATE, (project_name, model_name, version, data), _options
        )

    @_validated
    async def models_create(
        self,
        project_name: StrictStr,
        data: Union[ModelCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ModelList:
        """Create a model

        ### Description
        Create a model by defining the input/output type and input/output fields. In case of **plain** type of input or output, input and output fields should not be given or passed as an empty list.

        Possible data types for the input and output fields are:
        - **int**: integer
        - **string**: string
        - **double**: double precision floating point
        - **bool**: boolean value (False/True)
        - **timestamp**: timestamp
        - **array_int**: an array of integers
        - **array_double**: an array of double precision floating points
        - **array_string**: an array of strings
        - **blob**: a blob field. This type of field can be used to pass blobs to the model. In model and pipeline requests, the uuid of a previously uploaded blob must be provided for this field.

        ### Required Parameters
        - `name`: Name of the model. It is unique within a project.
        - `input_type`: Type of the input of the model. It can be either structured or plain.
        - `output_type`: Type of the output of the model. It can be either structured or plain.
        - `input_fields`: The list of required model input fields. It must contain the fields: name and data_type. The name of an input field is unique for a model.
        - `output_fields`: The list of required model output fields. It must contain the fields: name and data_type. The name of an output field is unique for a model.

        ### Optional Parameters
        - `description`: Description of the model

        #### Request Examples
        A model with structured input and output type
        ```
        {
          "name": "model-1",
          "input_type": "structured",
          "output_type": "structured",
          "input_fields": [
            {
              "name": "input-field-1",
              "data_type": "int"
            },
            {
              "name": "input-field-2",
              "data_type": "double"
            }
          ],
          "output_fields": [
            {
              "name": "output-field",
              "data_type": "double"
            }
          ]
        }
        ```

        A model with plain input type
        ```
        {
          "name": "model-1",
          "description": "Model one"
          "input_type": "plain",
          "output_type": "structured",
          "output_fields": [
            {
              "name": "output-field",
              "data_type": "double"
            }
          ]
        }
        ```

        A model with plain input and output type
        ```
        {
          "name": "model-1",
          "input_type": "plain",
          "output_type": "plain"
        }
        ```

        ### Response Structure
        Details of the created model
        - `id`: Unique identifier for the model (UUID)
        - `name`: Name of the model
        - `project`: Project name in which the model is created
        - `input_type`: Type of the input of the model
        - `output_type`: Type of the output of the model
        - `input_fields`: The list of model input fields containing name and data_type
        - `output_fields`: The list of model output fields containing name and data_type
        - `description`: Description of the model
        - `creation_date`: The date when the model was created
        - `last_updated`: The date when the model was last updated
        - `number_of_versions`: Number of versions that this model has

        #### Response Examples
        ```
        {
          "id": "903ccd12-81d1-46e1-9ac9-b9d70af118de",
          "name": "model-1",
          "project": "project-1",
          "description": "",
          "input_type": "structured",
          "output_type": "structured",
          "input_fields": [
            {
              "name": "input-field-1",
              "data_type": "int"
            },
            {
              "name": "input-field-2",
              "data_type": "double"
            }
          ],
          "output_fields": [
            {
              "name": "output-field",
              "data_type": "double"
            }
          ],
          "creation_date": "2020-06-18T08:32:14.876451Z",
          "last_updated": "2020-06-18T08:32:14.876451Z",
          "number_of_versions": 0
        }
        ```"""
        response = await self.api_client.call(_MODELS_CREATE, (project_name, data), _options)
        return response.data

    @_validated
    async def models_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[ModelCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelList]:
        """Like `models_create`, with status code, headers and raw body too."""
        return await self.api_client.call(_MODELS_CREATE, (project_name, data), _options)

    @_validated
    async def models_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[ModelCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `models_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_MODELS_CREATE, (project_name, data), _options)

    @_validated
    async def models_delete(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a model

        ### Description
        Delete a model. If any of the model versions of the model are referenced in a pipeline, the model cannot be deleted.
        """
        await self.api_client.call(_MODELS_DELETE, (project_name, model_name), _options)

    @_validated
    async def models_delete_with_http_info(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `models_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(_MODELS_DELETE, (project_name, model_name), _options)

    @_validated
    async def models_delete_without_preload_content(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `models_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_MODELS_DELETE, (project_name, model_name), _options)

    @_validated
    async def models_get(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ModelList:
        """Get details of model

        ### Description
        Retrieve details of a single model in a project

        ### Response Structure
        Details of a model
        - `id`: Unique identifier for the model (UUID)
        - `name`: Name of the model
        - `project`: Project name in which the model is defined
        - `input_type`: Type of the input of the model
        - `output_type`: Type of the output of the model
        - `input_fields`: The list of model input fields containing name and data_type
        - `output_fields`: The list of model output fields containing name and data_type
        - `description`: Description of the model
        - `creation_date`: The date when the model was created
        - `last_updated`: The date when the model was last updated
        - `number_of_versions`: Number of versions that this model has

        #### Response Examples
        ```
        {
          "id": "903ccd12-81d1-46e1-9ac9-b9d70af118de",
          "name": "model-1",
          "project": "project-1",
          "description": "",
          "input_type": "structured",
          "output_type": "structured",
          "input_fields": [
            {
              "name": "input-field-1",
              "data_type": "int"
            },
            {
              "name": "input-field-2",
              "data_type": "double"
            }
          ],
          "output_fields": [
            {
              "name": "output-field",
              "data_type": "double"
            }
          ],
          "creation_date": "2020-06-18T08:32:14.876451Z",
          "last_updated": "2020-06-19T10:52:23.124784Z",
          "number_of_versions": 2
        }
        ```"""
        response = await self.api_client.call(_MODELS_GET, (project_name, model_name), _options)
        return response.data

    @_validated
    async def models_get_with_http_info(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ModelList]:
        """Like `models_get`, with status code, headers and raw body too."""
        return await self.api_client.call(_MODELS_GET, (project_name, model_name), _options)

    @_validated
    async def models_get_without_preload_content(
        self, project_name: StrictStr, model_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `models_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_MODELS_GET, (project_name, model_name), _options)

    @_validated
    async def models_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[ModelList]:
        """List models in project

        ### Description
        List all models in a project

        ### Response Structure
        A list of details of the models in the project
        - `id`: Unique identifier for the model (UUID)
        - `name`: Name of the model
        - `project`: Project name in which the model is defined
        - `input_type`: Type of the input of the model
        - `output_type`: Type of the output of the model
        - `input_fields`: The list of model input fields containing name and data_type. It is empty in case of plain input type models.
        - `output_fields`: The list of model output fields containing name and data_type. It is empty in case of plain output type models.
        - `description`: Description of the model
        - `creation_date`: The date when the model was created
        - `last_updated`: The date when the model was last updated
        - `number_of_versions`: Number of versions that this model has

        #### Response Examples
        ```
        [
          {
            "id": "903ccd12-81d1-46e1-9ac9-b9d70af118de",
            "name": "model-1",
            "project": "project-1",
            "description": "Temperature model",
            "input_type": "structured",
            "output_type": "structured",
            "input_fields": [
              {
                "name": "input-field-1",
                "data_type": "int"
              },
              {
                "name": "input-field-2",
                "data_type": "double"
              }
            ],
            "output_fields": [
              {
                "name": "output-field",
                "data_type": "double"
              }
            ],
            "creation_date": "2020-05-12T16:23:15.456812Z",
            "last_updated": "2020-06-22T18:04:76.123754Z",
            "number_of_versions": 1
          },
          {
            "id": "5f4e942f-d5b8-4d62-99b2-870c15a82127",
            "name": "model-2",
            "project": "project-1",
            "description": "Model two",
            "input_type": "structured",
            "output_type": "plain",
            "input_fields": [
              {
                "name": "input-field",
                "data_type": "int"
              }
            ],
            "output_fields": [],
            "creation_date": "2020-03-24T09:43:51.791253Z",
            "last_updated": "2020-05-19T11:52:21.163270Z",
            "number_of_versions": 2
          },
          {
            "id": "bd3fae9d-aeec-4cf3-8ef0-5f9224d41904",
            "name": "model-3",
            "description": "",
            "project": "project-1",
            "input_type": "plain",
            "output_type": "plain",
            "input_fields": [],
            "output_fields": [],
            "creation_date": "2020-06-18T08:32:14.876451Z",
            "last_updated": "2020-06-19T10:52:23.124784Z",
            "number_of_versions": 1
          }
        ]
        ```"""
        response = await self.api_client.call(_MODELS_LIST, (project_name,), _options)
        return response.data

    @_validated
    async def models_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ModelList]]:
        """Like `models_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_MODELS_LIST, (project_name,), _options)

    @_validated
    async def models_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `models_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_MODELS_LIST, (project_name,), _options)

    @_validated
    async def models_update(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[ModelUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ModelList:
        """Update a model

        ### Description
        Update a model. It is only possible to update the name and description fields.

        ### Optional Parameters
        - `name`: New name for the model
        - `description`: New description for the model

        #### Request Examples
        ```
        {
          "name": "new-model-name"
        }
        ```

        ### Response Structure
        Details of the updated model
        - `id`: Unique identifier for the model (UUID)
        - `name`: Name of the model
        - `project`: Project name in which the model is defined
        - `input_type`: Type of the input of the model
        - `output_type`: Type of the output of the model
        - `input_fields`: The list of model input fields containing name and data_type
        - `output_fields`: The list of model output fields containing name and data_type
        - `description`: Description of the model
        - `creation_date`: The date when the model was created
        - `last_updated`: The date when the model was last updated
        - `number_of_versions`: Number of versions that this model has

        #### Response Examples
        ```
        {
          "id": "903ccd12-81d1-46e1-9ac9-b9d70af118de",
          "name": "new-model-name",
          "project": "project-1",
          "description": "New model description",
          "input_type": "structured",
          "output_type": "structured",
          "input_fields": [
            {
              "name": "input-field-1",
              "data_type": "int"
            },
            {
              "name": "input-field-2",
              "data_type": "double"
            }
          ],
          "output_fields": [
            {
              "name": "output-field",
              "data_type": "double"
            }
          ],
          "creation_date": "2020-06-18T08:32:14.876451Z",
          "last_updated": "2020-06-19T10:52:23.124784Z",
          "number_of_versions": 2
        }
        ```"""
        response = await self.api_client.call(
            _MODELS_UPDATE, (project_name, model_name, data), _options
        )
        return response.data

    @_validated
    async def models_update_with_http_info(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[ModelUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ModelList]:
        """Like `models_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _MODELS_UPDATE, (project_name, model_name, data), _options
        )

    @_validated
    async def models_update_without_preload_content(
        self,
        project_name: StrictStr,
        model_name: StrictStr,
        data: Union[ModelUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `models_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _MODELS_UPDATE, (project_name, model_name, data), _options
        )

    @_validated
    async def organization_subscriptions_list(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[OrganizationSubscriptionList]:
        """List subscriptions for an organization

        ### Description
        List the history of subscriptions of an organization. The user making the request must be admin of the organization.

        ### Response Structure
        A list of details of the subscriptions that the organization has had
        - `id`: Unique identifier for the organization (UUID)

        - `subscription`: Name of the subscription

        - `start_date`: Date the subscription started

        - `subscription_agreement_user`: Email of the user who accepted the terms of subscription
        - `subscription_update_user`: Email of the user who updated the subscription to the current one

        #### Response Examples
        ```
        [
          {
            "id": "56b26bcb-34b6-4c4d-a4aa-9d625e0aa9e2",
            "subscription": "professional",
            "start_date": "2020-07-08",
            "subscription_agreement_user": "test-user@test.com",
            "subscription_update_user": ""test-user-2@test.com"
          },
          {
            "id": "3a27e5f8-b247-4866-a08c-5df136b6034c",
            "subscription": "starter",
            "start_date": "2020-06-01",
            "subscription_agreement_user": "test-user@test.com",
            "subscription_update_user": ""
          }
        ]
        ```"""
        response = await self.api_client.call(
            _ORGANIZATION_SUBSCRIPTIONS_LIST, (organization_name,), _options
        )
        return response.data

    @_validated
    async def organization_subscriptions_list_with_http_info(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[OrganizationSubscriptionList]]:
        """Like `organization_subscriptions_list`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _ORGANIZATION_SUBSCRIPTIONS_LIST, (organization_name,), _options
        )

    @_validated
    async def organization_subscriptions_list_without_preload_content(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `organization_subscriptions_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ORGANIZATION_SUBSCRIPTIONS_LIST, (organization_name,), _options
        )

    @_validated
    async def organization_usage_details_get(
        self,
        organization_name: StrictStr,
        month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[UsagePerDay]:
        """Get resource usage details

        ### Description
        Get resource usage for the organization. This returns a list of metrics that are used for billing, aggregated per day.

        ### Optional Parameters
        - `month`: date indicating the month to fetch usage data for, formatted `YYYY-MM`. If omitted defaults to the current month

        ### Response Structure
         - `metric`: The metric that was measured
         - `object_type`: Type of object the metric was measured for (model version, pipeline or connector)
         - `usage`: an array of objects each containing the following:
             - `day`: Timestamp denoting the start of the day
             - `value`: Aggregated metric value for the given unit over the given day

        #### Response Examples
        ```
        [
          {
            "object_type": "model_version",
            "metric": "gb_seconds",
            "usage": [
              {
                "day": "2020-07-29T00:00:00Z",
                "value": 4200
              },
              {
                "day": "2020-07-28T00:00:00Z",
                "value": 840
              },
              {
                "day": "2020-07-30T00:00:00Z",
                "value": 960
              }
            ]
          },
          {
            "object_type": "pipeline",
            "metric": "input_volume",
            "usage": [
              {
                "day": "2020-07-28T00:00:00Z",
                "value": 1098
              },
              {
                "day": "2020-07-06T00:00:00Z",
                "value": 18
              },
              {
                "day": "2020-07-16T00:00:00Z",
                "value": 9
              },
              {
                "day": "2020-07-15T00:00:00Z",
                "value": 117
              },
              {
                "day": "2020-07-08T00:00:00Z",
                "value": 90
              }
            ]
          }
        ]

        ```"""
        response = await self.api_client.call(
            _ORGANIZATION_USAGE_DETAILS_GET, (organization_name, month), _options
        )
        return response.data

    @_validated
    async def organization_usage_details_get_with_http_info(
        self,
        organization_name: StrictStr,
        month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[UsagePerDay]]:
        """Like `organization_usage_details_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _ORGANIZATION_USAGE_DETAILS_GET, (organization_name, month), _options
        )

    @_validated
    async def organization_usage_details_get_without_preload_content(
        self,
        organization_name: StrictStr,
        month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `organization_usage_details_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ORGANIZATION_USAGE_DETAILS_GET, (organization_name, month), _options
        )

    @_validated
    async def organization_usage_get(
        self,
        organization_name: StrictStr,
        start_month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[UsagePerMonth]:
        """Get resource usage

        ### Description
        Get resource usage for the organization. This returns a list of metrics that are used for billing, aggregated per month.

        ### Optional Parameters
        - `start_month`: date indicating the start month to fetch usage data from, formatted `YYYY-MM`. If omitted results are generated from one year ago.

        ### Response Structure
         - `metric`: The metric that was measured
         - `object_type`: Type of object the metric was measured for (model version, pipeline or connector)
         - `usage`: an array of objects each containing the following:
             - `month`: Timestamp denoting the start of the month
             - `value`: Aggregated metric value for the given unit over the given month

        #### Response Examples
        ```
        [
          {
            "object_type": "pipeline",
            "metric": "input_volume",
            "usage": [
              {
                "month": "2019-08-01T00:00:00Z",
                "value": 1840
              },
              {
                "month": "2019-09-01T00:00:00Z",
                "value": 400
              },
              {
                "month": "2019-10-01T00:00:00Z",
                "value": 1204
              },
              {
                "month": "2019-11-01T00:00:00Z",
                "value": 1598
              },
              {
                "month": "2019-12-01T00:00:00Z",
                "value": 824
              },
              {
                "month": "2020-01-01T00:00:00Z",
                "value": 2036
              },
              {
                "month": "2020-02-01T00:00:00Z",
                "value": 1438
              },
              {
                "month": "2020-03-01T00:00:00Z",
                "value": 932
              },
              {
                "month": "2020-04-01T00:00:00Z",
                "value": 528
              },
              {
                "month": "2020-05-01T00:00:00Z",
                "value": 1484
              },
              {
                "month": "2020-06-01T00:00:00Z",
                "value": 1942
              },
              {
                "month": "2020-07-01T00:00:00Z",
                "value": 1332
              }
            ]
          }
        ]

        ```"""
        response = await self.api_client.call(
            _ORGANIZATION_USAGE_GET, (organization_name, start_month), _options
        )
        return response.data

    @_validated
    async def organization_usage_get_with_http_info(
        self,
        organization_name: StrictStr,
        start_month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[UsagePerMonth]]:
        """Like `organization_usage_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _ORGANIZATION_USAGE_GET, (organization_name, start_month), _options
        )

    @_validated
    async def organization_usage_get_without_preload_content(
        self,
        organization_name: StrictStr,
        start_month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `organization_usage_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ORGANIZATION_USAGE_GET, (organization_name, start_month), _options
        )

    @_validated
    async def organization_users_create(
        self,
        organization_name: StrictStr,
        data: Union[OrganizationUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> OrganizationUserDetail:
        """Add a user to an organization

        ### Description
        Add a user to an organization as admin or normal user. The user making the request must be admin of the organization.
        The user can later be assigned roles in the projects defined in the scope the organization, such as project-admin, project-viewer etc.

        ### Required Parameters
        - `email`: Email of the user

        - `admin`: Boolean value indicating whether the user is added as an admin of the organization or not


        #### Request Examples
        ```
        {
          "email": "test@example.com",
          "admin": false
        }
        ```

        ### Response Structure
        Details of the added user
        - `id`: Unique identifier for the user (UUID)

        - `email`: Email of the user

        - `name`: Name of the user

        - `surname`: Surname of the user

        - `admin`: Boolean value indicating whether the user is an admin of the organization or not


        #### Response Examples
        ```
        {
          "id": "332d7432-2742-4177-99a9-139e91e0110c",
          "email": "test@example.com",
          "name": "user",
          "surname": "name",
          "admin": false
        }
        ```"""
        response = await self.api_client.call(
            _ORGANIZATION_USERS_CREATE, (organization_name, data), _options
        )
        return response.data

    @_validated
    async def organization_users_create_with_http_info(
        self,
        organization_name: StrictStr,
        data: Union[OrganizationUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[OrganizationUserDetail]:
        """Like `organization_users_create`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _ORGANIZATION_USERS_CREATE, (organization_name, data), _options
        )

    @_validated
    async def organization_users_create_without_preload_content(
        self,
        organization_name: StrictStr,
        data: Union[OrganizationUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `organization_users_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ORGANIZATION_USERS_CREATE, (organization_name, data), _options
        )

    @_validated
    async def organization_users_delete(
        self, organization_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a user from an organization

        ### Description
        Delete a user from an organization. The user making the request must be admin of the organization.
        It is not possible to delete the last admin of an organization.

        **When a user is deleted from an organization, all his roles from all projects defined in the scope of the organization are also deleted.**
        """
        await self.api_client.call(
            _ORGANIZATION_USERS_DELETE, (organization_name, user_id), _options
        )

    @_validated
    async def organization_users_delete_with_http_info(
        self, organization_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `organization_users_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _ORGANIZATION_USERS_DELETE, (organization_name, user_id), _options
        )

    @_validated
    async def organization_users_delete_without_preload_content(
        self, organization_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `organization_users_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ORGANIZATION_USERS_DELETE, (organization_name, user_id), _options
        )

    @_validated
    async def organization_users_get(
        self, organization_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> OrganizationUserDetail:
        """Get details of a user in an organization

        ### Description
        Get the details of a user in an organization. The user making the request must be admin of the organization.

        ### Response Structure
        Details of the user
        - `id`: Unique identifier for the user (UUID)

        - `email`: Email of the user

        - `name`: Name of the user

        - `surname`: Surname of the user

        - `admin`: Boolean value indicating whether the user is an admin of the organization or not


        #### Response Examples
        ```
        {
          "id": "332d7432-2742-4177-99a9-139e91e0110c",
          "email": "test@example.com",
          "name": "user",
          "surname": "name",
          "admin": false
        }
        ```"""
        response = await self.api_client.call(
            _ORGANIZATION_USERS_GET, (organization_name, user_id), _options
        )
        return response.data

    @_validated
    async def organization_users_get_with_http_info(
        self, organization_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[OrganizationUserDetail]:
        """Like `organization_users_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _ORGANIZATION_USERS_GET, (organization_name, user_id), _options
        )

    @_validated
    async def organization_users_get_without_preload_content(
        self, organization_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `organization_users_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ORGANIZATION_USERS_GET, (organization_name, user_id), _options
        )

    @_validated
    async def organization_users_list(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[OrganizationUserDetail]:
        """List the users in an organization

        ### Description
        List users and their details in an organization

        ### Response Structure
        List of details of users
        - `id`: Unique identifier for the user (UUID)

        - `email`: Email of the user

        - `name`: Name of the user

        - `surname`: Surname of the user

        - `admin`: Boolean value indicating whether the user is an admin of the organization or not


        #### Response Examples
        ```
        [
          {
            "id": "54977bc3-2c3b-4d8f-97c7-aff89a95bf21",
            "email": "user@example.com",
            "name": "user",
            "surname": "name",
            "admin": true
          },
          {
            "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
            "email": "user2@example.com",
            "name": "user",
            "surname": "name",
            "admin": false
          }
        ]
        ```"""
        response = await self.api_client.call(
            _ORGANIZATION_USERS_LIST, (organization_name,), _options
        )
        return response.data

    @_validated
    async def organization_users_list_with_http_info(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[OrganizationUserDetail]]:
        """Like `organization_users_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_ORGANIZATION_USERS_LIST, (organization_name,), _options)

    @_validated
    async def organization_users_list_without_preload_content(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `organization_users_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ORGANIZATION_USERS_LIST, (organization_name,), _options
        )

    @_validated
    async def organization_users_update(
        self,
        organization_name: StrictStr,
        user_id: StrictStr,
        data: Union[OrganizationUserUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> OrganizationUserDetail:
        """Update details of a user in an organization

        ### Description
        Update the admin status of a user in an organization. The user making the request must be admin of the organization.
        It is not possible to change the last admin of an organization to a regular user.

        ### Required Parameters
        - `admin`: Boolean value indicating whether the user is added as an admin of the organization or not


        #### Request Examples
        ```
        {
          "admin": true
        }
        ```

        ### Response Structure
        Details of the user
        - `id`: Unique identifier for the user (UUID)

        - `email`: Email of the user

        - `name`: Name of the user

        - `surname`: Surname of the user

        - `admin`: Boolean value indicating whether the user is an admin of the organization or not


        #### Response Examples
        ```
        {
          "id": "332d7432-2742-4177-99a9-139e91e0110c",
          "email": "test@example.com",
          "name": "user",
          "surname": "name",
          "admin": true
        }
        ```"""
        response = await self.api_client.call(
            _ORGANIZATION_USERS_UPDATE, (organization_name, user_id, data), _options
        )
        return response.data

    @_validated
    async def organization_users_update_with_http_info(
        self,
        organization_name: StrictStr,
        user_id: StrictStr,
        data: Union[OrganizationUserUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[OrganizationUserDetail]:
        """Like `organization_users_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _ORGANIZATION_USERS_UPDATE, (organization_name, user_id, data), _options
        )

    @_validated
    async def organization_users_update_without_preload_content(
        self,
        organization_name: StrictStr,
        user_id: StrictStr,
        data: Union[OrganizationUserUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `organization_users_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ORGANIZATION_USERS_UPDATE, (organization_name, user_id, data), _options
        )

    @_validated
    async def organizations_create(
        self, data: Union[OrganizationCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> OrganizationList:
        """Create organizations

        ### Description
        Create a new organization. When a user creates an organization, s/he will automatically become an organization admin.

        ### Required Parameters
        - `name`: Name of the organization. The name is globally unique. It can only consist of lowercase letters, numbers and dashes (-), and must start with a lowercase letter.

        - `subscription`: Name of the subscription for the organization
        - `subscription_agreed`: A boolean field indicating whether the Services Agreement and Terms & Conditions are accepted

        ### Optional Parameters
        - `subscription_end_date`: End date of the subscription. The subscription will be cancelled on this date. A 'free' subscription cannot have a custom end_date as this subscription is always valid for a year.

        #### Request Examples
        ```
        {
          "name": "test-organization",
          "subscription": "professional",
          "subscription_agreed": true
        }
        ```

        ```
        {
          "name": "test-organization",
          "subscription": "professional",
          "subscription_agreed": true,
          "subscription_end_date": "2021-03-25"
        }
        ```

        ### Response Structure
        Details of the created organization
        - `id`: Unique identifier for the organization (UUID)

        - `name`: Name of the organization

        - `creation_date`: Date and time the organization was created


        #### Response Examples
        ```
        {
          "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
          "name": "test-organization",
          "creation_date": "2020-03-25T15:43:46.101877Z"
        }
        ```"""
        response = await self.api_client.call(_ORGANIZATIONS_CREATE, (data,), _options)
        return response.data

    @_validated
    async def organizations_create_with_http_info(
        self, data: Union[OrganizationCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[OrganizationList]:
        """Like `organizations_create`, with status code, headers and raw body too."""
        return await self.api_client.call(_ORGANIZATIONS_CREATE, (data,), _options)

    @_validated
    async def organizations_create_without_preload_content(
        self, data: Union[OrganizationCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `organizations_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_ORGANIZATIONS_CREATE, (data,), _options)

    @_validated
    async def organizations_get(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> OrganizationDetail:
        """Get details of an organization

        ### Description
        Get the details of an organization

        ### Response Structure
        Details of the organization
        - `id`: Unique identifier for the organization (UUID)

        - `name`: Name of the organization

        - `creation_date`: Time the organization was created

        - `subscription`: Name of the subscription


        #### Response Examples
        ```
        {
          "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
          "name": "test-organization",
          "creation_date": "2020-03-25T15:43:46.101877Z",
          "subscription": "free"
        }
        ```"""
        response = await self.api_client.call(_ORGANIZATIONS_GET, (organization_name,), _options)
        return response.data

    @_validated
    async def organizations_get_with_http_info(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[OrganizationDetail]:
        """Like `organizations_get`, with status code, headers and raw body too."""
        return await self.api_client.call(_ORGANIZATIONS_GET, (organization_name,), _options)

    @_validated
    async def organizations_get_without_preload_content(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `organizations_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_ORGANIZATIONS_GET, (organization_name,), _options)

    @_validated
    async def organizations_list(
        self, **_options: Unpack[RequestOptions]
    ) -> list[OrganizationList]:
        """List organizations

        ### Description
        List all organizations where the user making the request is a member

        ### Response Structure
        A list of details of the organizations
        - `id`: Unique identifier for the organization (UUID)

        - `name`: Name of the organization

        - `creation_date`: Date and time the organization was created


        #### Response Examples
        ```
        [
          {
            "id": "45a1f903-4146-4f15-be4a-302455cd6f7e",
            "name": "organization-name",
            "creation_date": "2020-03-23T11:47:15.436240Z"
          }
        ]
        ```"""
        response = await self.api_client.call(_ORGANIZATIONS_LIST, (), _options)
        return response.data

    @_validated
    async def organizations_list_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[OrganizationList]]:
        """Like `organizations_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_ORGANIZATIONS_LIST, (), _options)

    @_validated
    async def organizations_list_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `organizations_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_ORGANIZATIONS_LIST, (), _options)

    @_validated
    async def organizations_resource_usage(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ResourceUsage:
        """List resource usage of an organization

        ### Description
        List the total number of resources used by this organization

        ### Response Structure
        A list containing the number of
        - projects

        - users

        - models

        - versions

        - connectors

        - pipelines

        currently used by the organization.

        #### Response Examples
        ```
        {
          "projects": 5,
          "users": 3,
          "models": 30,
          "versions": 47,
          "connectors": 1,
          "pipelines": 2
        }
        ```"""
        response = await self.api_client.call(
            _ORGANIZATIONS_RESOURCE_USAGE, (organization_name,), _options
        )
        return response.data

    @_validated
    async def organizations_resource_usage_with_http_info(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ResourceUsage]:
        """Like `organizations_resource_usage`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _ORGANIZATIONS_RESOURCE_USAGE, (organization_name,), _options
        )

    @_validated
    async def organizations_resource_usage_without_preload_content(
        self, organization_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `organizations_resource_usage`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ORGANIZATIONS_RESOURCE_USAGE, (organization_name,), _options
        )

    @_validated
    async def organizations_update(
        self,
        organization_name: StrictStr,
        data: Union[OrganizationUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> OrganizationDetail:
        """Update details of an organization

        ### Description
        Update an organization. The user making the request must be admin of the organization. Users are able to update the name of the organization, but changes to the subscription can only be done by Dutch Analytics.
        To delete the end date of the current subscription, give the 'subscription_end_date' parameter with value null.

        ### Optional Parameters
        - `name`: New organization name
        - `subscription`: New subscription
        - `subscription_agreed`: A boolean field indicating whether the Services Agreement and Terms & Conditions are accepted upon upgrading the subscription
        - `subscription_end_date`: End date of the new subscription. The required format is `YYYY-MM-DD`. The subscription will be cancelled on this date. If the subscription_end_date was previously set, but should be removed, give a null value for 'subscription_end_date'.

        #### Request Examples


        ```
        {
          "name": "new-organization-name"
        }
        ```
        ```
        {
          "subscription": "professional",
          "subscription_agreed": true
        }
        ```
        ```
        {
          "subscription_end_date": "2020-08-30",
          "subscription_agreed": true
        }
        ```

        ### Response Structure
        Details of the organization
        - `id`: Unique identifier for the organization (UUID)

        - `name`: Name of the organization

        - `creation_date`: Time the organization was created

        - `subscription`: Name of the subscription


        #### Response Examples
        ```
        {
          "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
          "name": "test-organization",
          "creation_date": "2020-03-25T15:43:46.101877Z",
          "subscription": "free"
        }
        ```"""
        response = await self.api_client.call(
            _ORGANIZATIONS_UPDATE, (organization_name, data), _options
        )
        return response.data

    @_validated
    async def organizations_update_with_http_info(
        self,
        organization_name: StrictStr,
        data: Union[OrganizationUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[OrganizationDetail]:
        """Like `organizations_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _ORGANIZATIONS_UPDATE, (organization_name, data), _options
        )

    @_validated
    async def organizations_update_without_preload_content(
        self,
        organization_name: StrictStr,
        data: Union[OrganizationUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `organizations_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ORGANIZATIONS_UPDATE, (organization_name, data), _options
        )

    @_validated
    async def permissions_list(self, **_options: Unpack[RequestOptions]) -> list[PermissionList]:
        """List the available permissions

        ### Description
        List all the available permissions which can be used to create custom roles.

        ### Response Structure
        A list of available permissions
         - `name`: Name of the permission"""
        response = await self.api_client.call(_PERMISSIONS_LIST, (), _options)
        return response.data

    @_validated
    async def permissions_list_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[PermissionList]]:
        """Like `permissions_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_PERMISSIONS_LIST, (), _options)

    @_validated
    async def permissions_list_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `permissions_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_PERMISSIONS_LIST, (), _options)

    @_validated
    async def pipeline_object_attachments_create(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[AttachmentsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> Attachments:
        """Create object attachments

        ### Description
        Create an attachment between two pipeline objects. An attachment can only be made between two objects that have already been added to the pipeline.
        The object where the attachment starts is called the source object. The object that is linked is called the destination object. When attaching two objects, one must also define which source object output fields map to which destination object input fields.
        All the input fields in the destination object must be provided in the mapping. In contrast, not all source object output fields need to be used in the mapping. It is also possible that one source output field may link to multiple destination input fields.

        A *connector* object can only be a destination object.

        The *pipeline_start* object can only be a source object.

        In case of plain type of objects, the mapping must be omitted or given as an empty list.

        When creating attachments for a blob connector, use the *blob* field in the mapping.

        ### Required Parameters
        - `source_name`: Name of the source pipeline object
        - `destination_name`: Name of the destination pipeline object
        - `mapping`: A list of dictionaries containing source_field_name and destination_field_name keys. The source and destination fields should match in data type, e.g. integer source fields can only be mapped to integer type destination fields.

        #### Request Examples
        An attachment between a model version and connector
        ```
        {
          "source_name": "model-1-v1",
          "destination_name": "connector-1",
          "mapping": [
            {
              "source_field_name": "model-output-field-1",
              "destination_field_name": "connector-field-1"
            },
            {
              "source_field_name": "model-output-field-2",
              "destination_field_name": "connector-field-2"
            },
            {
              "source_field_name": "model-output-field-3",
              "destination_field_name": "connector-field-3"
            }
          ]
        }
        ```

        ```
        {
          "source_name": "blob-model-v3",
          "destination_name": "s3-connector",
          "mapping": []
        }
        ```

        An attachment between a pipeline and model version
        ```
        {
          "source_name": "pipeline_start",
          "destination_name": "model-2-v2",
          "mapping": [
            {
              "source_field_name": "pipeline-input-field-1",
              "destination_field_name": "model-input-field-1"
            },
            {
              "source_field_name": "pipeline-input-field-2",
              "destination_field_name": "model-input-field-2"
            }
          ]
        }
        ```

        ### Response Structure
        Details of the created attachment
        - `source_name`: Name of the source pipeline object
        - `destination_name`: Name of the destination pipeline object
        - `mapping`: A list of dictionaries containing source_field_name and destination_field_name

        #### Response Examples
        ```
        {
          "source_name": "pipeline-1",
          "destination_name": "model-2-v2",
          "mapping": [
            {
              "source_field_name": "pipeline-input-field-1",
              "destination_field_name": "model-input-field-1"
            },
            {
              "source_field_name": "pipeline-input-field-2",
              "destination_field_name": "model-input-field-2"
            }
          ]
        }
        ```"""
        response = await self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_CREATE, (project_name, pipeline_name, data), _options
        )
        return response.data

    @_validated
    async def pipeline_object_attachments_create_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[AttachmentsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[Attachments]:
        """Like `pipeline_object_attachments_create`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_CREATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    async def pipeline_object_attachments_create_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[AttachmentsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `pipeline_object_attachments_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINE_OBJECT_ATTACHMENTS_CREATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    async def pipeline_object_attachments_delete(
        self,
        project_name: StrictStr,
        destination_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete attachment of a source and destination object

        ### Description
        Delete an attachment in a pipeline. The referenced and original objects of the attachment still exist in the pipeline, only the link between them is deleted.
        """
        await self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_DELETE,
            (project_name, destination_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    async def pipeline_object_attachments_delete_with_http_info(
        self,
        project_name: StrictStr,
        destination_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `pipeline_object_attachments_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_DELETE,
            (project_name, destination_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    async def pipeline_object_attachments_delete_without_preload_content(
        self,
        project_name: StrictStr,
        destination_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `pipeline_object_attachments_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINE_OBJECT_ATTACHMENTS_DELETE,
            (project_name, destination_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    async def pipeline_object_attachments_get(
        self,
        project_name: StrictStr,
        destination_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> AttachmentsList:
        """Get an attachment of a source and destination object

        ### Description
        Get the details of a single attachment between a source and destination object in a pipeline

        ### Response Structure
        Details of the attachment
        - `source_name`: Name of the source pipeline object
        - `destination_name`: Name of the destination pipeline object
        - `mapping`: A list of dictionaries containing the link between the source object output field (source_field_name) and destination object input field (destination_field_name)

        #### Response Examples
        ```
        {
          "source_name": "model-2-v2",
          "destination_name": "model-3-v1",
          "mapping": [
            {
              "source_field_name": "model-2-output-field-1",
              "destination_field_name": "model-3-input-field-1"
            },
            {
              "source_field_name": "model-2-output-field-2",
              "destination_field_name": "model-3-input-field-2"
            }
          ]
        }
        ```"""
        response = await self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_GET,
            (project_name, destination_name, pipeline_name, source_name),
            _options,
        )
        return response.data

    @_validated
    async def pipeline_object_attachments_get_with_http_info(
        self,
        project_name: StrictStr,
        destination_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[AttachmentsList]:
        """Like `pipeline_object_attachments_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_GET,
            (project_name, destination_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    async def pipeline_object_attachments_get_without_preload_content(
        self,
        project_name: StrictStr,
        destination_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `pipeline_object_attachments_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINE_OBJECT_ATTACHMENTS_GET,
            (project_name, destination_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    async def pipeline_object_attachments_list(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[AttachmentsList]:
        """List object attachments

        ### Description
        List all attachments in a pipeline

        ### Response Structure
        A list of details of the attachments in the pipeline
        - `source_name`: Name of the source pipeline object
        - `destination_name`: Name of the destination pipeline object
        - `mapping`: A list of dictionaries containing source_field_name and destination_field_name

        #### Response Examples
        ```
        [
          {
            "source_name": "pipeline-1",
            "destination_name": "model-2-v2",
            "mapping": [
              {
                "source_field_name": "pipeline-input-field-1",
                "destination_field_name": "model-input-field-1"
              },
              {
                "source_field_name": "pipeline-input-field-2",
                "destination_field_name": "model-input-field-2"
              }
            ]
          },
          {
            "source_name": "model-2-v2",
            "destination_name": "connector-1",
            "mapping": [
              {
                "source_field_name": "model-output-field-1",
                "destination_field_name": "connector-field-1"
              },
              {
                "source_field_name": "model-output-field-2",
                "destination_field_name": "connector-field-2"
              },
              {
                "source_field_name": "model-output-field-3",
                "destination_field_name": "connector-field-3"
              }
            ]
          }
        ]
        ```"""
        response = await self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_LIST, (project_name, pipeline_name), _options
        )
        return response.data

    @_validated
    async def pipeline_object_attachments_list_with_http_info(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[AttachmentsList]]:
        """Like `pipeline_object_attachments_list`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_LIST, (project_name, pipeline_name), _options
        )

    @_validated
    async def pipeline_object_attachments_list_without_preload_content(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `pipeline_object_attachments_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINE_OBJECT_ATTACHMENTS_LIST, (project_name, pipeline_name), _options
        )

    @_validated
    async def pipeline_object_attachments_source_get(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> list[AttachmentsList]:
        """List the attachments of a source object

        ### Description
        List attachments of a source object in a pipeline

        ### Response Structure
        A list of details of the attachments of the given source object in the pipeline
        - `source_name`: Name of the source pipeline object
        - `destination_name`: Name of the destination pipeline object
        - `mapping`: A list of dictionaries containing the link between the source object output field (source_field_name) and destination object input field (destination_field_name)

        #### Response Examples
        ```
        [
          {
            "source_name": "model-2-v2",
            "destination_name": "connector-1",
            "mapping": [
              {
                "source_field_name": "model-2-output-field-1",
                "destination_field_name": "connector-field-1"
              },
              {
                "source_field_name": "model-2-output-field-2",
                "destination_field_name": "connector-field-2"
              },
              {
                "source_field_name": "model-2-output-field-3",
                "destination_field_name": "connector-field-3"
              }
            ]
          },
          {
            "source_name": "model-2-v2",
            "destination_name": "model-3-v1",
            "mapping": [
              {
                "source_field_name": "model-2-output-field-1",
                "destination_field_name": "model-3-input-field-1"
              },
              {
                "source_field_name": "model-2-output-field-2",
                "destination_field_name": "model-3-input-field-2"
              }
            ]
          }
        ]
        ```"""
        response = await self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_SOURCE_GET,
            (project_name, pipeline_name, source_name),
            _options,
        )
        return response.data

    @_validated
    async def pipeline_object_attachments_source_get_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[AttachmentsList]]:
        """Like `pipeline_object_attachments_source_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINE_OBJECT_ATTACHMENTS_SOURCE_GET,
            (project_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    async def pipeline_object_attachments_source_get_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        source_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `pipeline_object_attachments_source_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINE_OBJECT_ATTACHMENTS_SOURCE_GET,
            (project_name, pipeline_name, source_name),
            _options,
        )

    @_validated
    async def pipeline_object_environment_variables_list(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> list[InheritedEnvironmentVariableList]:
        """List pipeline object environment variables

        ### Description
        List environment variables accessible to objects in the pipeline

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information
        - `inheritance_type`: Type of parent object that this variable is inherited from - can be `project`, `model`, or `model_version`
        - `inheritance_name`: Name of the parent object that this variable is inherited from

        #### Response Examples
        ```
        [
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false,
            "inheritance_type": "model",
            "inheritance_name": "model_name"
          },
          {
            "id": "06c2c8be-507e-4fae-981d-54e94f22dab0",
            "name": "database_password",
            "value": null,
            "secret": true,
            "inheritance_type": "project",
            "inheritance_name": "project_name"
          }
        ]
        ```"""
        response = await self.api_client.call(
            _PIPELINE_OBJECT_ENVIRONMENT_VARIABLES_LIST,
            (project_name, name, pipeline_name),
            _options,
        )
        return response.data

    @_validated
    async def pipeline_object_environment_variables_list_with_http_info(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[InheritedEnvironmentVariableList]]:
        """Like `pipeline_object_environment_variables_list`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINE_OBJECT_ENVIRONMENT_VARIABLES_LIST,
            (project_name, name, pipeline_name),
            _options,
        )

    @_validated
    async def pipeline_object_environment_variables_list_without_preload_content(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `pipeline_object_environment_variables_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINE_OBJECT_ENVIRONMENT_VARIABLES_LIST,
            (project_name, name, pipeline_name),
            _options,
        )

    @_validated
    async def pipeline_objects_create(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineObjectCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> PipelineObjectList:
        """Add an object to a pipeline

        ### Description
        Create a pipeline object, which can either be a connector or model version. The pipeline object that is added is a reference to the real object. In this way, multiple references to the same object may be added to a pipeline.
        In case of model reference_type, the reference_name refers to the model name and the version is the version of the model which will be added to the pipeline as an object.

        ### Required Parameters
        - `name`: Name of the pipeline object. It is unique within a pipeline
        - `reference_type`: Type of the object it will reference. It can either be a model or connector
        - `reference_name`: Name of the object it will reference

        ### Optional Parameters
        - `version`: Version name. If model is given in reference_type field, version field must be provided too. If the reference_type is connector, this field should be omitted in the request.

        #### Request Examples
        An object referencing a model version
        ```
        {
          "name": "model-1-v1",
          "reference_type": "model",
          "reference_name": "model-1",
          "version": "version-1"
        }
        ```

        An object referencing a connector
        ```
        {
          "name": "s3-connector",
          "reference_type": "connector",
          "reference_name": "s3-connector"
        }
        ```

        ### Response Structure
        Details of the created pipeline object
        - `id`: Unique identifier for the pipeline object (UUID)
        - `name`: Name of the pipeline object
        - `reference_type`: Type of the object it will reference
        - `reference_name`: Name of the object it will reference
        - `version`: Version name in case of model reference_type

        #### Response Examples
        ```
        {
          "id": "c91724b6-d73c-4933-b2aa-aefd9e34ce3e",
          "name": "model-1-v1",
          "reference_type": "model",
          "reference_name": "model-1",
          "version": "version-1"
        }
        ```

        ```
        {
          "id": "1a4b0e28-3de1-442a-b1eb-947f22a69381",
          "name": "s3-connector",
          "reference_type": "connector",
          "reference_name": "s3-connector"
        }
        ```"""
        response = await self.api_client.call(
            _PIPELINE_OBJECTS_CREATE, (project_name, pipeline_name, data), _options
        )
        return response.data

    @_validated
    async def pipeline_objects_create_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineObjectCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[PipelineObjectList]:
        """Like `pipeline_objects_create`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINE_OBJECTS_CREATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    async def pipeline_objects_create_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineObjectCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `pipeline_objects_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINE_OBJECTS_CREATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    async def pipeline_objects_delete(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete object from pipeline

        ### Description
        Delete a pipeline object. Only the reference in the pipeline is deleted. The original object (model, model version and connector) still exists.
        If the object is attached to another object, the attachment is also deleted."""
        await self.api_client.call(
            _PIPELINE_OBJECTS_DELETE, (project_name, name, pipeline_name), _options
        )

    @_validated
    async def pipeline_objects_delete_with_http_info(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `pipeline_objects_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINE_OBJECTS_DELETE, (project_name, name, pipeline_name), _options
        )

    @_validated
    async def pipeline_objects_delete_without_preload_content(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `pipeline_objects_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINE_OBJECTS_DELETE, (project_name, name, pipeline_name), _options
        )

    @_validated
    async def pipeline_objects_get(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> PipelineObjectList:
        """Get an object in a pipeline

        ### Description
        Retrieve the details of a single pipeline object

        ### Response Structure
        Details of the pipeline object
        - `id`: Unique identifier for the pipeline object (UUID)
        - `name`: Name of the pipeline object
        - `reference_type`: Type of the object it references
        - `reference_name`: Name of the object it references
        - `version`: Version name in case of model reference_type

        #### Response Examples
        A dictionary containing details of the pipeline object
        ```
        {
          "id": "1a4b0e28-3de1-442a-b1eb-947f22a69381",
          "name": "s3-connector",
          "reference_type": "connector",
          "reference_name": "s3-connector"
        }
        ```"""
        response = await self.api_client.call(
            _PIPELINE_OBJECTS_GET, (project_name, name, pipeline_name), _options
        )
        return response.data

    @_validated
    async def pipeline_objects_get_with_http_info(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[PipelineObjectList]:
        """Like `pipeline_objects_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINE_OBJECTS_GET, (project_name, name, pipeline_name), _options
        )

    @_validated
    async def pipeline_objects_get_without_preload_content(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `pipeline_objects_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINE_OBJECTS_GET, (project_name, name, pipeline_name), _options
        )

    @_validated
    async def pipeline_objects_list(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[PipelineObjectList]:
        """List objects in a pipeline

        ### Description
        List all pipeline objects (connectors/models) in a pipeline

        ### Response Structure
        A list of details of the pipeline objects in the pipeline
        - `id`: Unique identifier for the pipeline object (UUID)
        - `name`: Name of the pipeline object
        - `reference_type`: Type of the object it references
        - `reference_name`: Name of the object it references
        - `version`: Version name in case of model reference_type

        #### Response Examples
        ```
        A list of pipeline objects
        [
          {
            "id": "c91724b6-d73c-4933-b2aa-aefd9e34ce3e",
            "name": "model-1-v1",
            "reference_type": "model",
            "reference_name": "model-1",
            "version": "version-1"
          },
          {
            "id": "1a4b0e28-3de1-442a-b1eb-947f22a69381",
            "name": "s3-connector",
            "reference_type": "connector",
            "reference_name": "s3-connector"
          }
        ]
        ```"""
        response = await self.api_client.call(
            _PIPELINE_OBJECTS_LIST, (project_name, pipeline_name), _options
        )
        return response.data

    @_validated
    async def pipeline_objects_list_with_http_info(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[PipelineObjectList]]:
        """Like `pipeline_objects_list`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINE_OBJECTS_LIST, (project_name, pipeline_name), _options
        )

    @_validated
    async def pipeline_objects_list_without_preload_content(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `pipeline_objects_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINE_OBJECTS_LIST, (project_name, pipeline_name), _options
        )

    @_validated
    async def pipeline_objects_update(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineObjectUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> PipelineObjectList:
        """Update an object in a pipeline

        ### Description
        Update a pipeline object. It is not possible to update the reference_name and reference_type. All necessary fields are validated again.

        ### Optional Parameters
        - `name`: New name for the pipeline object
        - `version`: New version for the pipeline object. Since the input/output fields of different model versions are the same, the version of a model pipeline object can be changed with another version of the same model.

        #### Request Examples
        ```
        {
          "name": "new-pipeline-object-name"
        }
        ```

        ```
        {
          "name": "model-1-v2"
          "version": "version-2"
        }
        ```

        ### Response Structure
        Details of the updated pipeline object
        - `id`: Unique identifier for the pipeline object (UUID)
        - `name`: Name of the pipeline object
        - `reference_type`: Type of the object it references
        - `reference_name`: Name of the object it references
        - `version`: Version name in case of model reference_type

        #### Response Examples
        ```
        {
          "id": "c91724b6-d73c-4933-b2aa-aefd9e34ce3e",
          "name": "model-1-v2",
          "reference_type": "model",
          "reference_name": "model-1",
          "version": "version-2"
        }
        ```"""
        response = await self.api_client.call(
            _PIPELINE_OBJECTS_UPDATE, (project_name, name, pipeline_name, data), _options
        )
        return response.data

    @_validated
    async def pipeline_objects_update_with_http_info(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineObjectUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[PipelineObjectList]:
        """Like `pipeline_objects_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINE_OBJECTS_UPDATE, (project_name, name, pipeline_name, data), _options
        )

    @_validated
    async def pipeline_objects_update_without_preload_content(
        self,
        project_name: StrictStr,
        name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineObjectUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `pipeline_objects_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINE_OBJECTS_UPDATE, (project_name, name, pipeline_name, data), _options
        )

    @_validated
    async def pipelines_create(
        self,
        project_name: StrictStr,
        data: Union[PipelineCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> PipelineList:
        """Create pipelines

        ### Description
        Create a pipeline in a project.

        The input_fields represent the fields that the input data for pipeline requests should contain. When an object is attached to the pipeline, it means that the input data will be forwarded to these objects.

        ### Required Parameters
        - `name`: Name of the pipeline. It is unique within a project.
        - `input_type`: Type of the connector. It can be either structured or plain.
        - `input_fields`: A list of fields with name and data_type. In case of plain pipelines, the input_fields should be omitted or given as an empty list. For structured pipelines, they must be provided.

        ### Optional Parameters
        - `description`: Description of the pipeline

        #### Request Examples
        A structured pipeline
        ```
        {
          "name": "pipeline-1",
          "input_type": "structured",
          "input_fields": [
            {
              "name": "field-1",
              "data_type": "int"
            },
            {
              "name": "field-2",
              "data_type": "double"
            }
          ]
        }
        ```

        A plain pipeline
        ```
        {
          "name": "pipeline-2",
          "input_type": "plain",
          "description": "my description"
        }
        ```

        ### Response Structure
        Details of the created pipeline
        - `id`: Unique identifier for the pipeline (UUID)
        - `name`: Name of the pipeline
        - `description`: Description of the pipeline
        - `project`: Project name in which the pipeline is created
        - `input_type`: Type of the pipeline
        - `input_fields`: A list of pipeline fields with name and data_type
        - `creation_date`: The date when the pipeline was created
        - `last_updated`: The date when the pipeline was last updated

        #### Response Examples
        ```
        {
          "id": "6b0cea21-2657-4fa3-a331-de646e3cfdc4",
          "name": "pipeline-1",
          "project": "project-1",
          "description": "my description",
          "input_type": "structured",
          "input_fields": [
            {
              "name": "field-1",
              "data_type": "int"
            },
            {
              "name": "field-2",
              "data_type": "double"
            }
          ],
          "creation_date": "2020-03-24T09:43:51.791253Z",
          "last_updated": "2020-03-24T09:43:51.791253Z"
        }
        ```

        ```
        {
          "id": "b6f60ebf-48ef-4084-9fbb-9ac0f934093e",
          "name": "pipeline-2",
          "project": "project-1",
          "description": "my description",
          "input_type": "plain",
          "input_fields": [],
          "creation_date": "2020-05-12T16:23:15.456812Z",
          "last_updated": "2020-05-12T16:23:15.456812Z"
        }
        ```"""
        response = await self.api_client.call(_PIPELINES_CREATE, (project_name, data), _options)
        return response.data

    @_validated
    async def pipelines_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[PipelineCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[PipelineList]:
        """Like `pipelines_create`, with status code, headers and raw body too."""
        return await self.api_client.call(_PIPELINES_CREATE, (project_name, data), _options)

    @_validated
    async def pipelines_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[PipelineCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `pipelines_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_PIPELINES_CREATE, (project_name, data), _options)

    @_validated
    async def pipelines_delete(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete pipeline

        ### Description
        Delete a pipeline. This will also delete all objects and attachments in the pipeline."""
        await self.api_client.call(_PIPELINES_DELETE, (project_name, pipeline_name), _options)

    @_validated
    async def pipelines_delete_with_http_info(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `pipelines_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINES_DELETE, (project_name, pipeline_name), _options
        )

    @_validated
    async def pipelines_delete_without_preload_content(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `pipelines_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINES_DELETE, (project_name, pipeline_name), _options
        )

    @_validated
    async def pipelines_get(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> PipelineList:
        """Get pipeline

        ### Description
        Get the details of a single pipeline

        ### Response Structure
        Details of the pipeline
        - `id`: Unique identifier for the pipeline (UUID)
        - `name`: Name of the pipeline
        - `description` Description of the pipeline
        - `project`: Project name in which the pipeline is defined
        - `input_type`: Type of the pipeline
        - `input_fields`: A list of pipeline fields with name and data_type
        - `creation_date`: The date when the pipeline was created
        - `last_updated`: The date when the pipeline was last updated

        #### Response Examples
        ```
        {
          "id": "b6f60ebf-48ef-4084-9fbb-9ac0f934093e",
          "name": "pipeline-2",
          "project": "project-1",
          "description": "my description",
          "input_type": "plain",
          "input_fields": [],
          "creation_date": "2020-03-24T09:43:51.791253Z",
          "last_updated": "2020-05-19T11:52:21.163270Z"
        }
        ```"""
        response = await self.api_client.call(
            _PIPELINES_GET, (project_name, pipeline_name), _options
        )
        return response.data

    @_validated
    async def pipelines_get_with_http_info(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[PipelineList]:
        """Like `pipelines_get`, with status code, headers and raw body too."""
        return await self.api_client.call(_PIPELINES_GET, (project_name, pipeline_name), _options)

    @_validated
    async def pipelines_get_without_preload_content(
        self, project_name: StrictStr, pipeline_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `pipelines_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINES_GET, (project_name, pipeline_name), _options
        )

    @_validated
    async def pipelines_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[PipelineList]:
        """List pipelines

        ### Description
        List all pipelines in a project

        ### Response Structure
        A list of details of the pipelines in the project
        - `id`: Unique identifier for the pipeline (UUID)
        - `name`: Name of the pipeline
        - `project`: Project name in which the pipeline is defined
        - `description`: Description of the pipeline
        - `input_type`: Type of the pipeline
        - `input_fields`: A list of pipeline fields with name and data_type
        - `creation_date`: The date when the pipeline was created
        - `last_updated`: The date when the pipeline was last updated

        #### Response Examples
        ```
        [
          {
            "id": "6b0cea21-2657-4fa3-a331-de646e3cfdc4",
            "name": "pipeline-1",
            "project": "project-1",
            "description": "my description",
            "input_type": "structured",
            "input_fields": [
              {
                "name": "field-1",
                "data_type": "int"
              },
              {
                "name": "field-2",
                "data_type": "double"
              }
            ],
            "creation_date": "2020-05-12T16:23:15.456812Z",
            "last_updated": "2020-06-22T18:04:76.123754Z"
          },
          {
            "id": "b6f60ebf-48ef-4084-9fbb-9ac0f934093e",
            "name": "pipeline-2",
            "project": "project-1",
            "description": "my description",
            "input_type": "plain",
            "input_fields": [],
            "creation_date": "2020-03-24T09:43:51.791253Z",
            "last_updated": "2020-05-19T11:52:21.163270Z"
          }
        ]
        ```"""
        response = await self.api_client.call(_PIPELINES_LIST, (project_name,), _options)
        return response.data

    @_validated
    async def pipelines_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[PipelineList]]:
        """Like `pipelines_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_PIPELINES_LIST, (project_name,), _options)

    @_validated
    async def pipelines_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `pipelines_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_PIPELINES_LIST, (project_name,), _options)

    @_validated
    async def pipelines_request(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineRequestCreate, dict[str, Any]],
        pipeline_timeout: Optional[StrictInt] = None,
        model_timeout: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> PipelineRequestList:
        """Make a request to a pipeline

        ### Description
        Make a pipeline request. This method returns all the results of the model requests made within the pipeline.

        ### Required Parameters
        A dictionary which contains the input fields of the pipeline as keys

        ### Optional Parameters
        These parameters should be given as GET parameters
        - `pipeline_timeout`: Timeout for the entire pipeline request in seconds. The maximum allowed value is 7200 and the default value is 3600.
        - `model_timeout`: Timeout for each model request in the pipeline in seconds.  The maximum allowed value is 3600 and the default value is 300.
        Maximum allowed value for both is 3600 seconds and the default value is 300 seconds.

        #### Request Examples
        ```
        {
          "pipeline-input-field-1": 5.0,
          "pipeline-input-field-2": "N"
        }
        ```

        ### Response Structure
        - `project`: Name of the project in which the request is made
        - `pipeline`: Name of the pipeline for which the request is made
        - `pipeline_request_id`: Unique identifier for the pipeline request
        - `model_requests`: A list of dictionaries containing the results of the model requests made for the model objects in the pipeline. The dictionaries contain the following fields:
            - `request_id`: Unique identifier for the model request
            - `pipeline_object`: Name of the object in the pipeline
            - `success`: A boolean value that indicates whether the model request was successful
            - `request_data`: Input data for the model request
            - `result`: Model request result value. NULL if the request failed.
            - `error_message`: An error message explaining why the request has failed. NULL if the request was successful.

        #### Response Examples
        ```
        {
          "project": "project-1",
          "pipeline": "pipeline-1",
          "pipeline_request_id": "286f771b-6617-4985-ab49-12ed720e62b1",
          "model_requests": [
            {
              "request_id": "a7524614-bdb7-41e1-b4c1-653bb72c30b4",
              "pipeline_object": "model-object-1",
              "success": true,
              "request_data": {
                "model-1-input-field-1": 5,
                "model-1-input-field-2": 0.4
              },
              "result": {
                "model-1-output-field-1": 0.23,
                "model-1-output-field-2": 10
              },
              "error_message": None
            },
            {
              "request_id": "fe322c50-58f8-4e67-b7d6-cba14273874e",
              "pipeline_object": "model-object-2",
              "success": false,
              "request_data": {
                "model-2-input-field": 10
              },
              "result": None,
              "error_message": "Invalid message format"
            }
          ]
        }
        ```"""
        response = await self.api_client.call(
            _PIPELINES_REQUEST,
            (project_name, pipeline_name, data, pipeline_timeout, model_timeout),
            _options,
        )
        return response.data

    @_validated
    async def pipelines_request_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineRequestCreate, dict[str, Any]],
        pipeline_timeout: Optional[StrictInt] = None,
        model_timeout: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[PipelineRequestList]:
        """Like `pipelines_request`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINES_REQUEST,
            (project_name, pipeline_name, data, pipeline_timeout, model_timeout),
            _options,
        )

    @_validated
    async def pipelines_request_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineRequestCreate, dict[str, Any]],
        pipeline_timeout: Optional[StrictInt] = None,
        model_timeout: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `pipelines_request`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINES_REQUEST,
            (project_name, pipeline_name, data, pipeline_timeout, model_timeout),
            _options,
        )

    @_validated
    async def pipelines_update(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> PipelineList:
        """Update pipeline

        ### Description
        Update a pipeline. All necessary fields are validated again.

        ### Optional Parameters
        - `name`: New name for the pipeline
        - `description`: New description for the pipeline
        - `input_type`: New type for the pipeline. It is possible to change the type from plain to structured and vice versa.
        - `input_fields`: New input fields for the pipeline.

        If the type of pipeline is updated to plain, the input fields are deleted. In this case, input_fields should either be omitted or provided as en empty list.
        If the type of pipeline is updated to structured, the old fields are deleted, if there existed any. The new fields are created. If one or more old fields need to be kept, they must be provided again.

        #### Request Examples
        ```
        {
          "name": "new-pipeline-name"
        }
        ```

        ```
        {
          "description": "New pipeline description"
        }
        ```

        ```
        {
          "input_type": "plain"
        }
        ```

        ```
        {
          "input_type": "structured",
          "input_fields": [
            {
              "name": "new-field-1",
              "data_type": "array_double"
            },
            {
              "name": "new-field-2",
              "data_type": "array_string"
            }
          ]
        }
        ```

        ### Response Structure
        Details of the updated pipeline
        - `id`: Unique identifier for the pipeline (UUID)
        - `name`: Name of the pipeline
        - `project`: Project name in which the pipeline is defined
        - `description`: Description for the pipeline
        - `input_type`: Type of the pipeline
        - `input_fields`: A list of pipeline fields with name and data_type
        - `creation_date`: The date when the pipeline was created
        - `last_updated`: The date when the pipeline was last updated

        #### Response Examples
        ```
        {
          "id": "b6f60ebf-48ef-4084-9fbb-9ac0f934093e",
          "name": "new-pipeline-name",
          "project": "project-1",
          "description": "my description",
          "input_type": "structured",
          "input_fields": [
            {
              "name": "new-field-1",
              "data_type": "array_double"
            },
            {
              "name": "new-field-2",
              "data_type": "array_string"
            }
          ],
          "creation_date": "2020-03-24T09:43:51.791253Z",
          "last_updated": "2020-05-19T11:52:21.163270Z"
        }
        ```"""
        response = await self.api_client.call(
            _PIPELINES_UPDATE, (project_name, pipeline_name, data), _options
        )
        return response.data

    @_validated
    async def pipelines_update_with_http_info(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[PipelineList]:
        """Like `pipelines_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PIPELINES_UPDATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    async def pipelines_update_without_preload_content(
        self,
        project_name: StrictStr,
        pipeline_name: StrictStr,
        data: Union[PipelineCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `pipelines_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PIPELINES_UPDATE, (project_name, pipeline_name, data), _options
        )

    @_validated
    async def project_environment_variables_create(
        self,
        project_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Create project environment variable

        ### Description
        Create an environment variable for the project. This variable will be inherited by all models in this project.

        ### Required Parameters
        - `name`: The name of the variable. The variable will have this name when accessed from your model code. The variable name should contain only letters and underscores, and not start or end with an underscore.
        - `value`: The value of the variable as a string. It may be an empty string ("").
        - `secret`: If this variable contains sensitive information, set this to true to hide it from other users.

        #### Request Examples
        ```
        {
          "name": "database_schema",
          "value": "public",
          "secret": false
        }
        ```

        ```
        {
          "name": "database_password",
          "value": "password",
          "secret": true
        }
        ```

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        {
          "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
          "name": "database_schema",
          "value": "public",
          "secret": false
        }
        ```

        ```
        {
          "id": "06c2c8be-507e-4fae-981d-54e94f22dab0",
          "name": "database_password",
          "value": null,
          "secret": true
        }
        ```"""
        response = await self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_CREATE, (project_name, data), _options
        )
        return response.data

    @_validated
    async def project_environment_variables_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `project_environment_variables_create`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_CREATE, (project_name, data), _options
        )

    @_validated
    async def project_environment_variables_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `project_environment_variables_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PROJECT_ENVIRONMENT_VARIABLES_CREATE, (project_name, data), _options
        )

    @_validated
    async def project_environment_variables_delete(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete project environment variable

        ### Description
        Delete an environment variable of the project"""
        await self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_DELETE, (project_name, id), _options
        )

    @_validated
    async def project_environment_variables_delete_with_http_info(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `project_environment_variables_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_DELETE, (project_name, id), _options
        )

    @_validated
    async def project_environment_variables_delete_without_preload_content(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `project_environment_variables_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PROJECT_ENVIRONMENT_VARIABLES_DELETE, (project_name, id), _options
        )

    @_validated
    async def project_environment_variables_get(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> EnvironmentVariableList:
        """Get project environment variable

        ### Description
        Retrieve details of a project environment variable.

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        [
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false
          }
        ]
        ```"""
        response = await self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_GET, (project_name, id), _options
        )
        return response.data

    @_validated
    async def project_environment_variables_get_with_http_info(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `project_environment_variables_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_GET, (project_name, id), _options
        )

    @_validated
    async def project_environment_variables_get_without_preload_content(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `project_environment_variables_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PROJECT_ENVIRONMENT_VARIABLES_GET, (project_name, id), _options
        )

    @_validated
    async def project_environment_variables_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[EnvironmentVariableList]:
        """List project environment variables

        ### Description
        List the environment variables defined for the project. These are the variables that are inherited by all models in this project.

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        [
          {
            "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
            "name": "database_schema",
            "value": "public",
            "secret": false
          },
          {
            "id": "06c2c8be-507e-4fae-981d-54e94f22dab0",
            "name": "database_password",
            "value": null,
            "secret": true
          }
        ]
        ```"""
        response = await self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_LIST, (project_name,), _options
        )
        return response.data

    @_validated
    async def project_environment_variables_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[EnvironmentVariableList]]:
        """Like `project_environment_variables_list`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_LIST, (project_name,), _options
        )

    @_validated
    async def project_environment_variables_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `project_environment_variables_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PROJECT_ENVIRONMENT_VARIABLES_LIST, (project_name,), _options
        )

    @_validated
    async def project_environment_variables_update(
        self,
        project_name: StrictStr,
        id: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> EnvironmentVariableList:
        """Update project environment variable

        ### Description
        Update an environment variable for the projects

        ### Required Parameters
        - `name`: The name of the variable. The variable will have this name when accessed from your model code. The variable name should contain only letters and underscores, and not start or end with an underscore.
        - `value`: The value of the variable as a string. It may be an empty string.
        - `secret`: If this variable contains sensitive information, set this to true to hide it from other users. Can be updated from false to true, but not from true to false (i.e. secrets will stay secrets).

        #### Request Examples
        ```
        {
          "name": "database_schema",
          "value": "new+schema",
          "secret": false
        }
        ```

        ### Response Structure
        A list of variables described by the following fields:
        - `id`: Unique identifier for the environment variable
        - `name`: Variable name
        - `value`: Variable value (will be null for secret variables)
        - `secret`: Boolean that indicates if this variable contains sensitive information

        #### Response Examples
        ```
        {
          "id": "4c15a27e-25ea-4be0-86c7-f4790389d061",
          "name": "database_schema",
          "value": "new_schema",
          "secret": false
        }
        ```"""
        response = await self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_UPDATE, (project_name, id, data), _options
        )
        return response.data

    @_validated
    async def project_environment_variables_update_with_http_info(
        self,
        project_name: StrictStr,
        id: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[EnvironmentVariableList]:
        """Like `project_environment_variables_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _PROJECT_ENVIRONMENT_VARIABLES_UPDATE, (project_name, id, data), _options
        )

    @_validated
    async def project_environment_variables_update_without_preload_content(
        self,
        project_name: StrictStr,
        id: StrictStr,
        data: Union[EnvironmentVariableCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `project_environment_variables_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PROJECT_ENVIRONMENT_VARIABLES_UPDATE, (project_name, id, data), _options
        )

    @_validated
    async def project_usage_get(
        self,
        project_name: StrictStr,
        start_month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[UsagePerMonth]:
        """Get resource usage

        ### Description
        Get resource usage for the project. This returns a list of metrics that are used for billing, aggregated per month.

        ### Optional Parameters
        - `start_month`: date indicating the start month to fetch usage data from, formatted `YYYY-MM`. If omitted results are generated from one year ago.

        ### Response Structure
         - `metric`: The metric that was measured
         - `object_type`: Type of object the metric was measured for (model version, pipeline or connector)
         - `usage`: an array of objects each containing the following:
             - `month`: Timestamp denoting the start of the month
             - `value`: Aggregated metric value for the given unit over the given month

        #### Response Examples
        ```
        [
          {
            "object_type": "pipeline",
            "metric": "input_volume",
            "usage": [
              {
                "month": "2019-08-01T00:00:00Z",
                "value": 1840
              },
              {
                "month": "2019-09-01T00:00:00Z",
                "value": 400
              },
              {
                "month": "2019-10-01T00:00:00Z",
                "value": 1204
              },
              {
                "month": "2019-11-01T00:00:00Z",
                "value": 1598
              },
              {
                "month": "2019-12-01T00:00:00Z",
                "value": 824
              },
              {
                "month": "2020-01-01T00:00:00Z",
                "value": 2036
              },
              {
                "month": "2020-02-01T00:00:00Z",
                "value": 1438
              },
              {
                "month": "2020-03-01T00:00:00Z",
                "value": 932
              },
              {
                "month": "2020-04-01T00:00:00Z",
                "value": 528
              },
              {
                "month": "2020-05-01T00:00:00Z",
                "value": 1484
              },
              {
                "month": "2020-06-01T00:00:00Z",
                "value": 1942
              },
              {
                "month": "2020-07-01T00:00:00Z",
                "value": 1332
              }
            ]
          }
        ]

        ```"""
        response = await self.api_client.call(
            _PROJECT_USAGE_GET, (project_name, start_month), _options
        )
        return response.data

    @_validated
    async def project_usage_get_with_http_info(
        self,
        project_name: StrictStr,
        start_month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[UsagePerMonth]]:
        """Like `project_usage_get`, with status code, headers and raw body too."""
        return await self.api_client.call(_PROJECT_USAGE_GET, (project_name, start_month), _options)

    @_validated
    async def project_usage_get_without_preload_content(
        self,
        project_name: StrictStr,
        start_month: Optional[StrictStr] = None,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `project_usage_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _PROJECT_USAGE_GET, (project_name, start_month), _options
        )

    @_validated
    async def projects_create(
        self, data: Union[ProjectCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ProjectList:
        """Create projects

        ### Description
        Create a new project with the provided name.
        **Only the organization admins have permission to make this request.** When a new project is created, the current organization admins are assigned project-admin role for the created project.

        ### Required Parameters
        - `name`: Name of the project. The name is globally unique. It can only consist of lowercase letters, numbers and dashes (-), and must start with a lowercase letter.

        - `organization_name`: Name of the organization in which the project is going to be created

        #### Request Examples
        ```
        {
          "name": "project-1",
          "organization_name": "organization-1"
        }
        ```

        ### Response Structure
        Details of the created project
        - `id`: Unique identifier for the project (UUID)

        - `name`: Name of the project

        - `creation_date`: Time the project was created

        - `organization_name`: Name of the organization in which the project is created

        #### Response Examples
        ```
        {
          "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
          "name": "project-1",
          "creation_date": "2018-10-26",
          "organization_name": "organization-1"
        }
        ```"""
        response = await self.api_client.call(_PROJECTS_CREATE, (data,), _options)
        return response.data

    @_validated
    async def projects_create_with_http_info(
        self, data: Union[ProjectCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ProjectList]:
        """Like `projects_create`, with status code, headers and raw body too."""
        return await self.api_client.call(_PROJECTS_CREATE, (data,), _options)

    @_validated
    async def projects_create_without_preload_content(
        self, data: Union[ProjectCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `projects_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_PROJECTS_CREATE, (data,), _options)

    @_validated
    async def projects_delete(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a project

        ### Description
        Delete a project. The user making the request must have appropriate permissions.
        **When project is deleted, all the models, connectors and pipelines defined in it are also deleted.**
        """
        await self.api_client.call(_PROJECTS_DELETE, (project_name,), _options)

    @_validated
    async def projects_delete_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `projects_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(_PROJECTS_DELETE, (project_name,), _options)

    @_validated
    async def projects_delete_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `projects_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_PROJECTS_DELETE, (project_name,), _options)

    @_validated
    async def projects_get(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ProjectList:
        """Get details of a project

        ### Description
        Get the details of a single project. The user making the request must have appropriate permissions.

        ### Response Structure
        Details of a project
        - `id`: Unique identifier for the project (UUID)

        - `name`: Name of the project

        - `creation_date`: Time the project was created

        - `organization_name`: Name of the organization in which the project is created

        #### Response Examples
        ```
        {
          "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
          "name": "project-1",
          "creation_date": "2018-10-26",
          "organization_name": "organization-1"
        }
        ```"""
        response = await self.api_client.call(_PROJECTS_GET, (project_name,), _options)
        return response.data

    @_validated
    async def projects_get_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ProjectList]:
        """Like `projects_get`, with status code, headers and raw body too."""
        return await self.api_client.call(_PROJECTS_GET, (project_name,), _options)

    @_validated
    async def projects_get_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `projects_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_PROJECTS_GET, (project_name,), _options)

    @_validated
    async def projects_list(self, **_options: Unpack[RequestOptions]) -> list[ProjectList]:
        """List projects

        ### Description
        List all projects to which the user making request has access. The projects in organizations to which the user belongs are shown.

        ### Response Structure
        A list of details of the projects
        - `id`: Unique identifier for the project (UUID)

        - `name`: Name of the project

        - `creation_date`: Time the project was created

        - `organization_name`: Name of the organization in which the project is created

        #### Response Examples
        ```
        [
          {
            "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
            "name": "project-1",
            "creation_date": "2018-10-26",
            "organization_name": "organization-1"
          },
          {
            "id": "e6a85cd7-94cc-44cf-9fa0-4b462d5a71ab",
            "name": "project-2",
            "creation_date": "2019-06-20",
            "organization_name": "organization-2"
          }
        ]
        ```"""
        response = await self.api_client.call(_PROJECTS_LIST, (), _options)
        return response.data

    @_validated
    async def projects_list_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ProjectList]]:
        """Like `projects_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_PROJECTS_LIST, (), _options)

    @_validated
    async def projects_list_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `projects_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_PROJECTS_LIST, (), _options)

    @_validated
    async def projects_log_list(
        self,
        project_name: StrictStr,
        data: Union[LogsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> list[Logs]:
        """List logs for a project

        ### Description
        Retrieve the logs of all objects in a project, including models, pipelines, connectors and requests. Using filters you can filter the logs on the objects and information of your choice.

        ### Required Parameters
        - `filters`: A dictionary containing information to filter logs on. It may contain zero or more of the following fields:

            - `model_name`: name of a model

            - `model_version`: a version name. If this field is present in the request, model_name must also be given. The versions are only meaningful in combination with the models they are defined for.

            - `connector_name`: name of a connector

            - `pipeline_name`: name of a pipeline

            - `pipeline_object_name`: name of a pipeline object. If this field is present in the request, pipeline_name must also be given. The pipeline objects are only meaningful in combination with the pipelines they are defined in.

            - `request_id`: the UUID of a model request

            - `pipeline_request_id`: the UUID of a pipeline request

            - `system`: whether the log was generated by the system or user code (true / false)


        Any combination of filters may be given in the request. For example, if only a model_name is provided, all logs for that model are returned. These logs can contain information from all the pipelines that model is referenced in. If the filters dictionary is empty, all logs for all objects in the project are returned.

        ### Optional Parameters
        - `date`: Starting date for the logs. If it is not provided and the `id` parameter is not set, the most recent logs are returned. It should be provided in ISO 8601 format. The results are inclusive of the given date.

        - `id`: identifier for log lines. If specified, it will act as a starting point for the interval in which to query the logs. This can be useful when making multiple queries to obtain consecutive logs

            It will include the log having the log id equal to the id value in the response, regardless of whether the date_range is positive or negative.
        - `limit`: Limit for the logs response. If specified, it will limit the total number of logs returned from the query to the specified number. Defaults to 50, the maximum is 500.

        - `date_range`: The date range parameter sets the interval of time in which to query the logs, specified in seconds. It may be a positive or a negative value.

            If it is positive, logs starting from the specified date / log id (both inclusive) plus date range seconds towards the present time are returned.

            Otherwise, logs starting from the specified date / log id (both inclusive) minus date range seconds towards the past are returned.

            The default value is -21600 (6 hours). The maximum value is -/+ 86400 seconds (24 hours).

        If no date or id is specified, the API will use the current time as a starting point and try to fetch the logs starting from now minus date range seconds into the past.

        #### Request Examples
        ```
        {
          "filters": {
            "model_name": "model-1",
            "model_version": "v1"
          },
          "date": "2020-01-01T00:00:00.000000Z"
        }
        ```

        ```
        {
          "filters": {
            "connector_name": "s3-connector",
            "pipeline_name": "pipeline-1"
          },
          "id": "41d7a7c5cd025e3501a00000",
          "date_range": -100
        }
        ```

        ```
        {
          "filters": {
            "connector_name": "s3-connector",
            "pipeline_name": "pipeline-1"
          },
          "date_range": 100
        }
        ```

        ```
        {
          "filters": {
            "connector_name": "s3-connector",
            "pipeline_name": "pipeline-1"
          },
          "date": "2020-01-01T00:00:00.000000Z",
          "date_range": -86400,
          "limit": 5
        }
        ```

        ### Response Structure
        A list of log details
        - `id`: Unique UUID of the log line

        - `log`: Log line text

        - `date`: Time the log line was created

        The following fields will be returned on response if they are set for the log line:
        - `connector_name`:  The connector which the log is related to

        - `model_name`:  The model which the log is related to

        - `model_version`:  The model version which the log is related to

        - `pipeline_name`:  The pipeline which the log is related to

        - `pipeline_object_name`: The pipeline object which the log is related to

        - `request_id`:  The model request the log is related to

        - `pipeline_request_id`:  The pipeline request the log is related to

        - `system`:  Whether the log was generated by the system (true / false)

        #### Response Examples
        Logs for a specific model and version
        ```
        [
          {
            "id": "5dcad12ba76a2c6e4331f180",
            "model_name": "model-1",
            "model_version": "v1",
            "date": "2020-01-01T00:00:00.000000Z",
            "log": "[Info] Prediction result 0.14981"
          },
          {
            "id": "5dcad12ba76a2c6e4331f181",
            "model_name": "model-1",
            "model_version": "v1",
            "pipeline_name": "pipeline-2",
            "pipeline_object_name": "model-1-v1-object",
            "pipeline_trace_id": "8bb6ed79-8606-4acf-acd2-90507130523c",
            "date": "2020-01-01T00:00:01.000000Z",
            "log": "[Error] Model call result (failed)"
          }
        ]
        ```

        Logs for a specific pipeline
        ```
        [
          {
            "id": "5dcad12ba76a2c6e4331f192",
            "model_name": "model-2",
            "model_version": "v2",
            "pipeline_name": "pipeline-1",
            "pipeline_object_name": "model-2-v2-object",
            "pipeline_trace_id": "4f75b10d-6012-47ab-ae68-cc9e69f35841",
            "date": "2020-01-01T00:00:00.000000Z",
            "log": "[Info] Model call result (success): 0.2316"
          },
          {
            "id": "5dcad12ba76a2c6e4331f193",
            "connector_name": "s3-connector",
            "pipeline_name": "pipeline-1",
            "pipeline_object_name": "s3-connector-object",
            "pipeline_trace_id": "4f75b10d-6012-47ab-ae68-cc9e69f35841",
            "date": "2020-01-01T00:00:01.000000Z",
            "log": "Could not connect to database: connection timed out"
          }
        ]
        ```"""
        response = await self.api_client.call(_PROJECTS_LOG_LIST, (project_name, data), _options)
        return response.data

    @_validated
    async def projects_log_list_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[LogsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[list[Logs]]:
        """Like `projects_log_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_PROJECTS_LOG_LIST, (project_name, data), _options)

    @_validated
    async def projects_log_list_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[LogsCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `projects_log_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_PROJECTS_LOG_LIST, (project_name, data), _options)

    @_validated
    async def projects_resource_usage(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ProjectResourceUsage:
        """List resource usage of a project

        ### Description
        List the total number of resources used in a project

        ### Response Structure
        A list containing the number of
        - models

        - versions

        - connectors

        - pipelines

        currently defined in the project.

        #### Response Examples
        ```
        {
          "models": 30,
          "versions": 47,
          "connectors": 1,
          "pipelines": 2
        }
        ```"""
        response = await self.api_client.call(_PROJECTS_RESOURCE_USAGE, (project_name,), _options)
        return response.data

    @_validated
    async def projects_resource_usage_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ProjectResourceUsage]:
        """Like `projects_resource_usage`, with status code, headers and raw body too."""
        return await self.api_client.call(_PROJECTS_RESOURCE_USAGE, (project_name,), _options)

    @_validated
    async def projects_resource_usage_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `projects_resource_usage`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_PROJECTS_RESOURCE_USAGE, (project_name,), _options)

    @_validated
    async def projects_update(
        self,
        project_name: StrictStr,
        data: Union[ProjectUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ProjectList:
        """Update a project

        ### Description
        Update the name of a single project. The user making the request must have appropriate permissions.

        ### Optional Parameters
        - `name`: New project name

        #### Request Examples
        ```
        {
          "name": "project-name-example"
        }
        ```

        ### Response Structure
        Details of a project
        - `id`: Unique identifier for the project (UUID)

        - `name`: Name of the project

        - `creation_date`: Time the project was created

        - `organization_name`: Name of the organization in which the project is created

        #### Response Examples
        ```
        {
          "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
          "name": "project-1",
          "creation_date": "2018-10-26",
          "organization_name": "organization-1"
        }
        ```"""
        response = await self.api_client.call(_PROJECTS_UPDATE, (project_name, data), _options)
        return response.data

    @_validated
    async def projects_update_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[ProjectUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ProjectList]:
        """Like `projects_update`, with status code, headers and raw body too."""
        return await self.api_client.call(_PROJECTS_UPDATE, (project_name, data), _options)

    @_validated
    async def projects_update_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[ProjectUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `projects_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_PROJECTS_UPDATE, (project_name, data), _options)

    @_validated
    async def role_assignments_create(
        self,
        project_name: StrictStr,
        data: Union[RoleAssignmentCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RoleAssignmentList:
        """Assign a role to a user in a project

        ### Description
        Assign a role to a user in the scope of a project. This role can be assigned on either project level or on object level, which can be a model, credentials, connector or pipeline.
        The user making the request must have appropriate permissions.

        ### Required Parameters
        - `user_id`: Unique identifier for the user (UUID)

        - `role`: Name of the role to be assigned to the user


        ### Optional Parameters
        - `object_name`: Name of the object for which the role will be assigned

        - `object_type`: Type of the object for which the role will be assigned. It can be project, model, credentials, connector or pipeline.

        **object_name and object_type must be provided together. If neither of them is provided, the role is set on project level.**

        #### Request Examples
        Setting the role model-admin on project level for user with id 02b77d8f-b312-47ef-990f-4685a7ab9363
        ```
        {
          "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
          "role": "model-admin"
        }
        ```

        Setting the role model-viewer on model-1 for user with id 02b77d8f-b312-47ef-990f-4685a7ab9363
        ```
        {
          "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
          "role": "model-viewer",
          "object_name": "model-1",
          "object_type": "model"
        }
        ```

        ### Response Structure
        Details of the created role assignment
        - `id`: Unique identifier for the role assignment (UUID)

        - `user_id`: Unique identifier for the user (UUID)

        - `role`: Name of the role assigned to the user

        - `object_name`: Name of the object for which the role is assigned

        - `object_type`: Type of the object for which the role is assigned. It can be project, model, credentials, connector or pipeline.

        #### Response Examples
        ```
        {
          "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
          "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
          "role": "model-admin",
          "object_name": "project-1",
          "object_type": "project"
        }
        ```

        ```
        {
          "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
          "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
          "role": "model-viewer",
          "object_name": "model-1",
          "object_type": "model"
        }
        ```"""
        response = await self.api_client.call(
            _ROLE_ASSIGNMENTS_CREATE, (project_name, data), _options
        )
        return response.data

    @_validated
    async def role_assignments_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[RoleAssignmentCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[RoleAssignmentList]:
        """Like `role_assignments_create`, with status code, headers and raw body too."""
        return await self.api_client.call(_ROLE_ASSIGNMENTS_CREATE, (project_name, data), _options)

    @_validated
    async def role_assignments_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[RoleAssignmentCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `role_assignments_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ROLE_ASSIGNMENTS_CREATE, (project_name, data), _options
        )

    @_validated
    async def role_assignments_delete(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a role from a user with the given role assignment id

        ### Description
        Delete a role of a user. The user making the request must have appropriate permissions. It is possible for a user to delete their own role if they have permissions to do so.
        """
        await self.api_client.call(_ROLE_ASSIGNMENTS_DELETE, (project_name, id), _options)

    @_validated
    async def role_assignments_delete_with_http_info(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `role_assignments_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(_ROLE_ASSIGNMENTS_DELETE, (project_name, id), _options)

    @_validated
    async def role_assignments_delete_without_preload_content(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `role_assignments_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ROLE_ASSIGNMENTS_DELETE, (project_name, id), _options
        )

    @_validated
    async def role_assignments_get(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RoleAssignmentList:
        """Get details of a role assignment

        ### Description
        Get the details of a role assignment of a user. The user making the request must have appropriate permissions.

        ### Response Structure
        Details of the role assignment
        - `id`: Unique identifier for the role assignment (UUID)

        - `user_id`: Unique identifier for the user (UUID)

        - `role`: Name of the role assigned to the user

        - `object_name`: Name of the object for which the role is assigned

        - `object_type`: Type of the object for which the role is assigned. It can be project, model, credentials, connector or pipeline.

        #### Response Examples
        ```
        {
          "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
          "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
          "role": "model-viewer",
          "object_name": "model-1",
          "object_type": "model"
        }
        ```"""
        response = await self.api_client.call(_ROLE_ASSIGNMENTS_GET, (project_name, id), _options)
        return response.data

    @_validated
    async def role_assignments_get_with_http_info(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[RoleAssignmentList]:
        """Like `role_assignments_get`, with status code, headers and raw body too."""
        return await self.api_client.call(_ROLE_ASSIGNMENTS_GET, (project_name, id), _options)

    @_validated
    async def role_assignments_get_without_preload_content(
        self, project_name: StrictStr, id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `role_assignments_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_ROLE_ASSIGNMENTS_GET, (project_name, id), _options)

    @_validated
    async def role_assignments_per_user_list(
        self, project_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[RoleAssignmentList]:
        """List the roles assigned to a specific user in a project

        ### Description
        List the roles assigned to a user in the scope of a project.

        ### Response Structure
        - `id`: Unique identifier for the role assignment (UUID)

        - `user_id`: Unique identifier for the user (UUID)

        - `role`: Name of the role assigned to the user

        - `object_name`: Name of the object for which the role is assigned

        - `object_type`: Type of the object for which the role is assigned. It can be project, model, credentials, connector or pipeline.

        #### Response Examples
        ```
        [
          {
            "id": "e988ddc0-3ef1-42d2-ab30-9f810a5e7063",
            "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
            "role": "model-viewer",
            "object_name": "model-1",
            "object_type": "model"
          },
          {
            "id": "13cf9dd7-7356-4797-b453-e0cb6b416162",
            "user_id": "02b77d8f-b312-47ef-990f-4685a7ab9363",
            "role": "connector-admin",
            "object_name": "connector-1",
            "object_type": "connector"
          }
        ]
        ```"""
        response = await self.api_client.call(
            _ROLE_ASSIGNMENTS_PER_USER_LIST, (project_name, user_id), _options
        )
        return response.data

    @_validated
    async def role_assignments_per_user_list_with_http_info(
        self, project_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[RoleAssignmentList]]:
        """Like `role_assignments_per_user_list`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _ROLE_ASSIGNMENTS_PER_USER_LIST, (project_name, user_id), _options
        )

    @_validated
    async def role_assignments_per_user_list_without_preload_content(
        self, project_name: StrictStr, user_id: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `role_assignments_per_user_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ROLE_ASSIGNMENTS_PER_USER_LIST, (project_name, user_id), _options
        )

    @_validated
    async def roles_create(
        self,
        project_name: StrictStr,
        data: Union[RoleCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RoleDetailList:
        """Create a custom role scoped in a project

        ### Description
        Create a custom role in the scope of a project. This role is not accessible from other projects.
        The user making the request must have appropriate permissions.

        ### Required Parameters
        - `name`: Name of the role which will be created. It can only consist of lowercase letters, numbers and dashes (-), and must start with a lowercase letter.

        - `permissions`: A list of permissions which the role will contain. The list of available permissions can be obtained with */permissions* endpoint.


        #### Request Examples
        ```
        {
          "name": "custom-model-editor-role",
          "permissions": [
            "models.list",
            "models.get",
            "models.delete"
          ]
        }
        ```

        ### Response Structure
        Details of the created role
        - `id`: Unique identifier for the created role (UUID)

        - `name`: Name of the created role

        - `default`: A boolean value that indicates whether the role is a default role or not

        - `permissions`: A list of permissions which the role contains

        #### Response Examples
        ```
        {
          "id": "18a4a60d-d5f0-4099-9c6e-543bf2fd5a1d",
          "name": "custom-model-editor-role",
          "default": false,
          "permissions": [
            "models.list",
            "models.get",
            "models.delete"
          ]
        }
        ```"""
        response = await self.api_client.call(_ROLES_CREATE, (project_name, data), _options)
        return response.data

    @_validated
    async def roles_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[RoleCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[RoleDetailList]:
        """Like `roles_create`, with status code, headers and raw body too."""
        return await self.api_client.call(_ROLES_CREATE, (project_name, data), _options)

    @_validated
    async def roles_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[RoleCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `roles_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_ROLES_CREATE, (project_name, data), _options)

    @_validated
    async def roles_delete(
        self, project_name: StrictStr, role_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a role from a project

        ### Description
        Delete a role from a project. The user making the request must have appropriate permissions.
        **Default roles cannot be deleted.**"""
        await self.api_client.call(_ROLES_DELETE, (project_name, role_name), _options)

    @_validated
    async def roles_delete_with_http_info(
        self, project_name: StrictStr, role_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `roles_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(_ROLES_DELETE, (project_name, role_name), _options)

    @_validated
    async def roles_delete_without_preload_content(
        self, project_name: StrictStr, role_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `roles_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_ROLES_DELETE, (project_name, role_name), _options)

    @_validated
    async def roles_get(
        self, project_name: StrictStr, role_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> RoleDetailList:
        """Get details of a role

        ### Description
        Get the details of a role. The user making the request must have appropriate permissions.

        ### Response Structure
        Details of the role
        - `id`: Unique identifier for the role (UUID)

        - `name`: Name of the role

        - `default`: A boolean value that indicates whether the role is a default role or not

        - `permissions`: A list of permissions which the role contains

        #### Response Examples
        ```
        {
          "id": "18a4a60d-d5f0-4099-9c6e-543bf2fd5a1d",
          "name": "custom-model-editor-role",
          "default": false,
          "permissions": [
            "models.list",
            "models.get",
            "models.delete"
          ]
        }
        ```"""
        response = await self.api_client.call(_ROLES_GET, (project_name, role_name), _options)
        return response.data

    @_validated
    async def roles_get_with_http_info(
        self, project_name: StrictStr, role_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[RoleDetailList]:
        """Like `roles_get`, with status code, headers and raw body too."""
        return await self.api_client.call(_ROLES_GET, (project_name, role_name), _options)

    @_validated
    async def roles_get_without_preload_content(
        self, project_name: StrictStr, role_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `roles_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_ROLES_GET, (project_name, role_name), _options)

    @_validated
    async def roles_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[RoleList]:
        """List the available roles in a project

        ### Description
        List the roles available in the scope of a project. Information on which permissions each role contains, can be obtained with a call to get details of a single role.

        ### Response Structure
        - `id`: Unique identifier for the role (UUID)

        - `name`: Name of the role

        - `default`: A boolean value that indicates whether the role is a default role or not


        #### Response Examples
        ```
        [
          {
            "id": "34e53855-9b50-47bc-b516-6cb971b1949c",
            "name": "project-admin",
            "default": true
          },
          {
            "id": "00132911-b5dd-4017-b399-85f3ffd2a7c3",
            "name": "project-editor",
            "default": true
          },
          {
            "id": "bf0d5823-8062-40f6-bbd2-21bc732f3c3b",
            "name": "project-viewer",
            "default": true
          }
        ]
        ```"""
        response = await self.api_client.call(_ROLES_LIST, (project_name,), _options)
        return response.data

    @_validated
    async def roles_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[RoleList]]:
        """Like `roles_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_ROLES_LIST, (project_name,), _options)

    @_validated
    async def roles_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `roles_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_ROLES_LIST, (project_name,), _options)

    @_validated
    async def roles_update(
        self,
        project_name: StrictStr,
        role_name: StrictStr,
        data: Union[RoleUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> RoleDetailList:
        """Update a role in a project

        ### Description
        Update a role in a project. The user making the request must have appropriate permissions.
        **Default roles cannot be updated.**

        ### Optional Parameters
        - `name`: New name for the role. It can only consist of lowercase letters, numbers and dashes (-), and must start with a lowercase letter.

        - `permissions`: A new list of permissions which the role will contain. The previous permissions will be replaced with the given ones. The list of available permissions can be obtained with */permissions* endpoint.


        #### Request Examples
        ```
        {
          "name": "new-model-editor-role",
          "permissions": [
            "models.list",
            "models.get"
          ]
        }
        ```

        ### Response Structure
        Details of the updated role
        - `id`: Unique identifier for the role (UUID)

        - `name`: Name of the updated role

        - `default`: A boolean value that indicates whether the role is a default role or not

        - `permissions`: A list of permissions which the role contains

        #### Response Examples
        ```
        {
          "id": "18a4a60d-d5f0-4099-9c6e-543bf2fd5a1d",
          "name": "new-model-editor-role",
          "default": false,
          "permissions": [
            "models.list",
            "models.get"
          ]
        }
        ```"""
        response = await self.api_client.call(
            _ROLES_UPDATE, (project_name, role_name, data), _options
        )
        return response.data

    @_validated
    async def roles_update_with_http_info(
        self,
        project_name: StrictStr,
        role_name: StrictStr,
        data: Union[RoleUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[RoleDetailList]:
        """Like `roles_update`, with status code, headers and raw body too."""
        return await self.api_client.call(_ROLES_UPDATE, (project_name, role_name, data), _options)

    @_validated
    async def roles_update_without_preload_content(
        self,
        project_name: StrictStr,
        role_name: StrictStr,
        data: Union[RoleUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `roles_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _ROLES_UPDATE, (project_name, role_name, data), _options
        )

    @_validated
    async def scheduled_requests_create(
        self,
        project_name: StrictStr,
        data: Union[ScheduleCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ScheduleList:
        """Create scheduled requests

        ### Description
        Create a new scheduled request with the provided name

        ### Required Parameters
        - `name`: Name of the request. The name is unique per project. It can only consist of lowercase letters, numbers and dashes (-), and must start with a lowercase letter.

        - `object_type`: Type of object for which the request is made. Can be either 'model' or 'pipeline'.

        - `object_name`: Name of model or pipeline for which the request is made

        - `schedule`: Schedule in crontab format


        ### Optional Parameters
        - `version`: Name of version if type of object is 'model'

        - `request_data`: Input data for the scheduled request. For structured models/pipelines, it must be a dictionary.

        - `batch`: Boolean value indicating whether the requests will be performed as batch requests (true) or as direct requests (false)

        - `timeout`: Timeout in seconds. This field is not used for batch requests.

        - `enabled`: Boolean value indicating whether the scheduled request is enabled or disabled. Default is 'True'.


        #### Request Examples
        ```
        {
          "name": "test-request",
          "object_type": "model",
          "object_name": "test-model",
          "version": "v1",
          "schedule": "0 * 3 * *",
          "request_data": {
            "input_field_1": 2345,
            "input_field_2": 8765
          },
          "batch": false,
          "timeout": 300,
          "enabled": true
        }
        ```

        ### Response Structure
        Details of the created scheduled request
        - `name`: Name of the request

        - `object_type`: Type of object for which the request is made

        - `object_name`: Name of model or pipeline for which the request is made

        - `schedule`: Schedule in crontab format

        - `version`: Name of version if type of object is 'model'

        - `request_data`: Input data for the scheduled request

        - `batch`: Boolean value indicating whether the requests will be performed as batch requests (true) or as direct requests (false)

        - `timeout`: Timeout in seconds

        - `enabled`: Boolean value indicating whether the scheduled request is enabled or disabled

        - `creation_date`: The date when the scheduled request was created

        #### Response Examples
        ```
        {
          "id": "b4a06aed-f7ab-48b3-b579-b12b62db8058",
          "name": "test-request",
          "object_type": "model",
          "object_name": "test-model",
          "version": "v1",
          "schedule": "0 * 3 * *",
          "request_data": {
            "input_field_1": 2345,
            "input_field_2": 8765
          },
          "batch": false,
          "timeout": 300,
          "enabled": true,
          "creation_date": "2020-09-16T08:06:34.457679Z"
        }
        ```"""
        response = await self.api_client.call(
            _SCHEDULED_REQUESTS_CREATE, (project_name, data), _options
        )
        return response.data

    @_validated
    async def scheduled_requests_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[ScheduleCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ScheduleList]:
        """Like `scheduled_requests_create`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _SCHEDULED_REQUESTS_CREATE, (project_name, data), _options
        )

    @_validated
    async def scheduled_requests_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[ScheduleCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `scheduled_requests_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _SCHEDULED_REQUESTS_CREATE, (project_name, data), _options
        )

    @_validated
    async def scheduled_requests_delete(
        self, project_name: StrictStr, schedule_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a scheduled request

        ### Description
        Delete the scheduled request from the project.

        If you want to temporarily disable a scheduled request, update the request with `enabled` set to False.
        """
        await self.api_client.call(
            _SCHEDULED_REQUESTS_DELETE, (project_name, schedule_name), _options
        )

    @_validated
    async def scheduled_requests_delete_with_http_info(
        self, project_name: StrictStr, schedule_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `scheduled_requests_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _SCHEDULED_REQUESTS_DELETE, (project_name, schedule_name), _options
        )

    @_validated
    async def scheduled_requests_delete_without_preload_content(
        self, project_name: StrictStr, schedule_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `scheduled_requests_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _SCHEDULED_REQUESTS_DELETE, (project_name, schedule_name), _options
        )

    @_validated
    async def scheduled_requests_get(
        self, project_name: StrictStr, schedule_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ScheduleList:
        """Get details of a scheduled request

        ### Description
        Retrieve details of a single scheduled request

        ### Response Structure
        Details of a scheduled request
        - `name`: Name of the request

        - `object_type`: Type of object for which the request is made

        - `object_name`: Name of model or pipeline for which the request is made

        - `schedule`: Schedule in crontab format

        - `version`: Name of version if type of object is 'model'

        - `request_data`: Input data for the scheduled request

        - `batch`: Boolean value indicating whether the requests will be performed as batch requests (true) or as direct requests (false)

        - `timeout`: Timeout in seconds

        - `enabled`: Boolean value indicating whether the scheduled request is enabled or disabled

        - `creation_date`: The date when the scheduled request was created

        #### Response Examples
        ```
        {
          "id": "b4a06aed-f7ab-48b3-b579-b12b62db8058",
          "name": "test-request",
          "object_type": "model",
          "object_name": "test-model",
          "version": "v1",
          "schedule": "0 * 3 * *",
          "request_data": {
            "input_field_1": 2345,
            "input_field_2": 8765
          },
          "batch": false,
          "timeout": 200,
          "enabled": true,
          "creation_date": "2020-09-16T08:06:34.457679Z"
        }
        ```"""
        response = await self.api_client.call(
            _SCHEDULED_REQUESTS_GET, (project_name, schedule_name), _options
        )
        return response.data

    @_validated
    async def scheduled_requests_get_with_http_info(
        self, project_name: StrictStr, schedule_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[ScheduleList]:
        """Like `scheduled_requests_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _SCHEDULED_REQUESTS_GET, (project_name, schedule_name), _options
        )

    @_validated
    async def scheduled_requests_get_without_preload_content(
        self, project_name: StrictStr, schedule_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `scheduled_requests_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _SCHEDULED_REQUESTS_GET, (project_name, schedule_name), _options
        )

    @_validated
    async def scheduled_requests_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[ScheduleList]:
        """List scheduled requests

        ### Description
        List the scheduled requests in a project. The user has to have 'requests.list' permission on either 'models.versions' or 'pipelines' to list the scheduled requests.

        ### Response Structure
        A list of details of all scheduled requests in a project
        - `name`: Name of the request

        - `object_type`: Type of object for which the request is made

        - `object_name`: Name of model or pipeline for which the request is made

        - `schedule`: Schedule in crontab format

        - `version`: Name of version if type of object is 'model'

        - `request_data`: Input data for the scheduled request

        - `batch`: Boolean value indicating whether the requests will be performed as batch requests (true) or as direct requests (false)

        - `timeout`: Timeout in seconds

        - `enabled`: Boolean value indicating whether the scheduled request is enabled or disabled

        - `creation_date`: The date when the scheduled request was created

        #### Response Examples
        ```
        [
            {
              "id": "b4a06aed-f7ab-48b3-b579-b12b62db8058",
              "name": "test-request",
              "object_type": "model",
              "object_name": "test-model",
              "version": "v1",
              "schedule": "0 * 3 * *",
              "request_data": {
                "input_field_1": 2345,
                "input_field_2": 8765
              },
              "batch": false,
              "timeout": 200",
              "enabled": true,
              "creation_date": "2020-09-16T08:06:34.457679Z"
            }
        ]
        ```"""
        response = await self.api_client.call(_SCHEDULED_REQUESTS_LIST, (project_name,), _options)
        return response.data

    @_validated
    async def scheduled_requests_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ScheduleList]]:
        """Like `scheduled_requests_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_SCHEDULED_REQUESTS_LIST, (project_name,), _options)

    @_validated
    async def scheduled_requests_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `scheduled_requests_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_SCHEDULED_REQUESTS_LIST, (project_name,), _options)

    @_validated
    async def scheduled_requests_update(
        self,
        project_name: StrictStr,
        schedule_name: StrictStr,
        data: Union[ScheduleUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ScheduleList:
        """Update a scheduled request

        ### Description
        Update a scheduled request in a project. Create permissions on the object are necessary for this action.

        ### Optional Parameters
        - `name`: Name of the request. The name is unique per project. It can only consist of lowercase letters, numbers and dashes (-), and must start with a lowercase letter.

        - `schedule`: Schedule in crontab format

        - `request_data`: Input data for the scheduled request. For structured models/pipelines, it must be a dictionary.

        - `batch`: Boolean value indicating whether the requests will be performed as batch requests (true) or as direct requests (false)

        - `timeout`: Timeout in seconds

        - `enabled`: Boolean value indicating whether the scheduled request is enabled or disabled. Default is 'True'.


        #### Request Examples
        ```
        {
          "name": "test-request",
          "schedule": "0 * 3 * *",
          "request_data": {
            "input_field_1": 2345,
            "input_field_2": 8765
          },
          "batch": true,
          "timeout": 360,
          "enabled": false
        }
        ```

        ### Response Structure
        Details of the updated scheduled request
        - `name`: Name of the request

        - `object_type`: Type of object for which the request is made

        - `object_name`: Name of model or pipeline for which the request is made

        - `schedule`: Schedule in crontab format

        - `version`: Name of version if type of object is 'model'

        - `request_data`: Input data for the scheduled request

        - `batch`: Boolean value indicating whether the requests will be performed as batch requests (true) or as direct requests (false)

        - `timeout`: Timeout in seconds

        - `enabled`: Boolean value indicating whether the scheduled request is enabled or disabled

        - `creation_date`: The date when the scheduled request was created

        #### Response Examples
        ```
        {
          "id": "b4a06aed-f7ab-48b3-b579-b12b62db8058",
          "name": "test-request",
          "object_type": "model",
          "object_name": "test-model",
          "version": "v1",
          "schedule": "0 * 3 * *",
          "request_data": {
            "input_field_1": 2345,
            "input_field_2": 8765
          },
          "batch": false,
          "timeout": 360,
          "enabled": true,
          "creation_date": "2020-09-16T08:06:34.457679Z"
        }
        ```"""
        response = await self.api_client.call(
            _SCHEDULED_REQUESTS_UPDATE, (project_name, schedule_name, data), _options
        )
        return response.data

    @_validated
    async def scheduled_requests_update_with_http_info(
        self,
        project_name: StrictStr,
        schedule_name: StrictStr,
        data: Union[ScheduleUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ScheduleList]:
        """Like `scheduled_requests_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _SCHEDULED_REQUESTS_UPDATE, (project_name, schedule_name, data), _options
        )

    @_validated
    async def scheduled_requests_update_without_preload_content(
        self,
        project_name: StrictStr,
        schedule_name: StrictStr,
        data: Union[ScheduleUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `scheduled_requests_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _SCHEDULED_REQUESTS_UPDATE, (project_name, schedule_name, data), _options
        )

    @_validated
    async def service_status(self, **_options: Unpack[RequestOptions]) -> Status:
        """Service status

        ### Description
        Request the API status. It can be used to determine whether the API is online. You do not have to be authenticated to access this method.

        ### Response Structure
        - `status`: API status, either ok or fail. The database connection is tested at each status request, to make sure that the API is online.

        #### Response Examples
        ```
        {
          "status": "ok"
        }
        ```"""
        response = await self.api_client.call(_SERVICE_STATUS, (), _options)
        return response.data

    @_validated
    async def service_status_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[Status]:
        """Like `service_status`, with status code, headers and raw body too."""
        return await self.api_client.call(_SERVICE_STATUS, (), _options)

    @_validated
    async def service_status_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `service_status`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_SERVICE_STATUS, (), _options)

    @_validated
    async def service_users_create(
        self,
        project_name: StrictStr,
        data: Union[ServiceUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ServiceUserDetail:
        """Create a new service user

        ### Description
        Create a new service user. A unique email is generated for the service user. Additionally, a token for this service user is generated. This token can be used to authorize requests sent to our API.

        The token is **ONLY** returned on creation and will not be accessible afterwards.

        ### Optional Parameters
        - `name`: Name of the service user


        #### Request Examples
        ```
        {
          "name": "service-user-1"
        }
        ```

        ### Response Structure
        Details of the created service user
        - `id`: Unique identifier for the service user (UUID)

        - `email`: Email of the service user

        - `token`: The API token for the created service user

        - `name`: Name of the service user

        - `creation_date`: Date when the service user was created

        #### Response Examples
        ```
        {
          "id": "13a9ba27-6888-4528-826e-8e1002eab13d",
          "email": "13a9ba27-6888-4528-826e-8e1002eab13d.project1@serviceuser.ubiops.com",
          "token": "e962d9190348af7fa8d233d75cff7385b4335f81",
          "name": "service-user-1",
          "creation_date": "2020-03-24T09:16:27.504+00:00"
        }
        ```"""
        response = await self.api_client.call(_SERVICE_USERS_CREATE, (project_name, data), _options)
        return response.data

    @_validated
    async def service_users_create_with_http_info(
        self,
        project_name: StrictStr,
        data: Union[ServiceUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ServiceUserDetail]:
        """Like `service_users_create`, with status code, headers and raw body too."""
        return await self.api_client.call(_SERVICE_USERS_CREATE, (project_name, data), _options)

    @_validated
    async def service_users_create_without_preload_content(
        self,
        project_name: StrictStr,
        data: Union[ServiceUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `service_users_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_SERVICE_USERS_CREATE, (project_name, data), _options)

    @_validated
    async def service_users_delete(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> None:
        """Delete service user

        ### Description
        Delete a service user from a project"""
        await self.api_client.call(_SERVICE_USERS_DELETE, (project_name, service_user_id), _options)

    @_validated
    async def service_users_delete_with_http_info(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Like `service_users_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _SERVICE_USERS_DELETE, (project_name, service_user_id), _options
        )

    @_validated
    async def service_users_delete_without_preload_content(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `service_users_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _SERVICE_USERS_DELETE, (project_name, service_user_id), _options
        )

    @_validated
    async def service_users_get(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ServiceUserList:
        """Retrieve details of a service user

        ### Description
        Retrieve details of a service user

        ### Response Structure
        Details of the service user
        - `id`: Unique identifier for the service user (UUID)

        - `email`: Email of the service user

        - `name`: Name of the service user

        - `creation_date`: Date when the service user was created

        #### Response Examples
        ```
        {
          "id": "13a9ba27-6888-4528-826e-8e1002eab13d",
          "email": "13a9ba27-6888-4528-826e-8e1002eab13d.project1@serviceuser.ubiops.com",
          "name": "new-service-user-name",
          "creation_date": "2020-03-26T12:18:43.123+00:00"
        }
        ```"""
        response = await self.api_client.call(
            _SERVICE_USERS_GET, (project_name, service_user_id), _options
        )
        return response.data

    @_validated
    async def service_users_get_with_http_info(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ServiceUserList]:
        """Like `service_users_get`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _SERVICE_USERS_GET, (project_name, service_user_id), _options
        )

    @_validated
    async def service_users_get_without_preload_content(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `service_users_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _SERVICE_USERS_GET, (project_name, service_user_id), _options
        )

    @_validated
    async def service_users_list(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> list[ServiceUserList]:
        """List service users

        ### Description
        List service users defined in a project

        ### Response Structure
        List of details of the service users:
        - `id`: Unique identifier for the service user (UUID)

        - `email`: Email of the service user

        - `name`: Name of the service user

        - `creation_date`: Date when the service user was created

        #### Response Examples
        ```
        [
          {
            "id": "537bca64-5ab6-43eb-a7ef-1638bc30b6ed",
            "email": "537bca64-5ab6-43eb-a7ef-1638bc30b6ed.project1@serviceuser.ubiops.com",
            "name": "service-user-1",
            "creation_date": "2020-03-24T09:16:27.504+00:00"
          },
          {
            "id": "13a9ba27-6888-4528-826e-8e1002eab13d",
            "email": "13a9ba27-6888-4528-826e-8e1002eab13d.project1@serviceuser.ubiops.com",
            "name": "service-user-2",
            "creation_date": "2020-03-26T12:18:43.123+00:00"
          }
        ]
        ```"""
        response = await self.api_client.call(_SERVICE_USERS_LIST, (project_name,), _options)
        return response.data

    @_validated
    async def service_users_list_with_http_info(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[ServiceUserList]]:
        """Like `service_users_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_SERVICE_USERS_LIST, (project_name,), _options)

    @_validated
    async def service_users_list_without_preload_content(
        self, project_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `service_users_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_SERVICE_USERS_LIST, (project_name,), _options)

    @_validated
    async def service_users_token(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        data: dict[str, Any],
        **_options: Unpack[RequestOptions],
    ) -> ServiceUserTokenList:
        """Reset the token of a service user

        ### Description
        Reset the token of a service user. The old token will be deleted and a new one will be created for the service user. No data should be sent in the body of the request.

        ### Response Structure
        Details of the new token for the service user
        - `token`: The new API token for the service user

        #### Response Examples
        ```
        {
          "token": "e962d9190348af7fa8d233d75cff7385b4335f81"
        }
        ```"""
        response = await self.api_client.call(
            _SERVICE_USERS_TOKEN, (project_name, service_user_id, data), _options
        )
        return response.data

    @_validated
    async def service_users_token_with_http_info(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        data: dict[str, Any],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ServiceUserTokenList]:
        """Like `service_users_token`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _SERVICE_USERS_TOKEN, (project_name, service_user_id, data), _options
        )

    @_validated
    async def service_users_token_without_preload_content(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        data: dict[str, Any],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `service_users_token`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _SERVICE_USERS_TOKEN, (project_name, service_user_id, data), _options
        )

    @_validated
    async def service_users_update(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        data: Union[ServiceUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ServiceUserList:
        """Update service user details

        ### Description
        Update the name of a service user

        ### Optional Parameters
        - `name`: Name of the service user


        #### Request Examples

        ```
        {
          "name": "new-service-user-name",
        }
        ```

        ### Response Structure
        Details of the updated service user
        - `id`: Unique identifier for the service user (UUID)

        - `email`: Email of the service user

        - `name`: Name of the service user

        - `creation_date`: Date when the service user was created

        #### Response Examples
        ```
        {
          "id": "13a9ba27-6888-4528-826e-8e1002eab13d",
          "email": "13a9ba27-6888-4528-826e-8e1002eab13d.project1@serviceuser.ubiops.com",
          "name": "new-service-user-name",
          "creation_date": "2020-03-26T12:18:43.123+00:00"
        }
        ```"""
        response = await self.api_client.call(
            _SERVICE_USERS_UPDATE, (project_name, service_user_id, data), _options
        )
        return response.data

    @_validated
    async def service_users_update_with_http_info(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        data: Union[ServiceUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[ServiceUserList]:
        """Like `service_users_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _SERVICE_USERS_UPDATE, (project_name, service_user_id, data), _options
        )

    @_validated
    async def service_users_update_without_preload_content(
        self,
        project_name: StrictStr,
        service_user_id: StrictStr,
        data: Union[ServiceUserCreate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `service_users_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _SERVICE_USERS_UPDATE, (project_name, service_user_id, data), _options
        )

    @_validated
    async def subscriptions_create(
        self, data: Union[SubscriptionCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> SubscriptionDetail:
        """Create subscriptions

        ### Description
        Create a new subscription

        ### Required Parameters
        - `name`: Name of the subscription
        - `max_projects`: Maximum number of allowed projects to be created with this subscription
        - `max_users`: Maximum number of allowed users to be created with this subscription
        - `logs_retention_days`: Number of days for which the logs for each projects will be saved
        - `gb_seconds`: Maximum usage of GB seconds, calculated by multiplying the model memory sizes in GB by the number of seconds they are running
        - `resources`: Maximum number of allowed resources (connectors, pipelines and model versions) to be created with this subscription
        - `hidden`: A boolean indication whether the subscription is public or private

        ### Optional Parameters
        - `agreement`: Link to subscription agreement document
        - `terms_conditions`: Link to UbiOps SaaS Terms & Conditions document

        #### Request Examples
        ```
        {
          "name": "custom-subscription",
          "max_projects": 2,
          "max_users": 3,
          "logs_retention_days": 28,
          "gb_seconds": 20000,
          "resources": 20,
          "hidden": True
        }
        ```

        ### Response Structure
        Details of the created subscription
        - `id`: Unique identifier for the subscription (UUID)
        - `name`: Name of the subscription
        - `max_projects`: Maximum number of allowed projects to be created with this subscription
        - `max_users`: Maximum number of allowed users to be created with this subscription
        - `agreement`: Link to subscription agreement document
        - `terms_conditions`: Link to UbiOps SaaS Terms & Conditions document
        - `gb_seconds`: Maximum usage of GB seconds, calculated by multiplying the model memory sizes in GB by the number of seconds they are running
        - `resources`: Maximum number of allowed resources (connectors, pipelines and model versions) to be created with this subscription

        #### Response Examples
        ```
        {
          "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
          "name": "custom-subscription",
          "max_projects": 2,
          "max_users": 3,
          "agreement": "",
          "terms_conditions": "",
          "gb_seconds": 10000,
          "resources": 15
        }
        ```"""
        response = await self.api_client.call(_SUBSCRIPTIONS_CREATE, (data,), _options)
        return response.data

    @_validated
    async def subscriptions_create_with_http_info(
        self, data: Union[SubscriptionCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[SubscriptionDetail]:
        """Like `subscriptions_create`, with status code, headers and raw body too."""
        return await self.api_client.call(_SUBSCRIPTIONS_CREATE, (data,), _options)

    @_validated
    async def subscriptions_create_without_preload_content(
        self, data: Union[SubscriptionCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `subscriptions_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_SUBSCRIPTIONS_CREATE, (data,), _options)

    @_validated
    async def subscriptions_delete(
        self, subscription_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> None:
        """Delete a subscription

        ### Description
        Delete a subscription. It's not possible to delete a subscription if it is used by any organization.
        """
        await self.api_client.call(_SUBSCRIPTIONS_DELETE, (subscription_name,), _options)

    @_validated
    async def subscriptions_delete_with_http_info(
        self, subscription_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `subscriptions_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(_SUBSCRIPTIONS_DELETE, (subscription_name,), _options)

    @_validated
    async def subscriptions_delete_without_preload_content(
        self, subscription_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `subscriptions_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_SUBSCRIPTIONS_DELETE, (subscription_name,), _options)

    @_validated
    async def subscriptions_get(
        self, subscription_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> SubscriptionDetail:
        """Get details of a subscription

        ### Description
        Get the details of a subscription

        ### Response Structure
        Details of the subscription
        - `id`: Unique identifier for the subscription (UUID)
        - `name`: Name of the subscription
        - `max_projects`: Maximum number of allowed projects to be created with this subscription
        - `max_users`: Maximum number of allowed users to be created with this subscription
        - `agreement`: Link to subscription agreement document
        - `terms_conditions`: Link to UbiOps SaaS Terms & Conditions document
        - `gb_seconds`: Maximum usage of GB seconds, calculated by multiplying the model memory sizes in GB by the number of seconds they are running
        - `resources`: Maximum number of allowed resources (connectors, pipelines and model versions) to be created with this subscription

        #### Response Examples
        ```
        {
          "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
          "name": "custom-subscription",
          "max_projects": 2,
          "max_users": 3,
          "agreement": "",
          "terms_conditions": "",
          "gb_seconds": 10000,
          "resources": 15
        }
        ```"""
        response = await self.api_client.call(_SUBSCRIPTIONS_GET, (subscription_name,), _options)
        return response.data

    @_validated
    async def subscriptions_get_with_http_info(
        self, subscription_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[SubscriptionDetail]:
        """Like `subscriptions_get`, with status code, headers and raw body too."""
        return await self.api_client.call(_SUBSCRIPTIONS_GET, (subscription_name,), _options)

    @_validated
    async def subscriptions_get_without_preload_content(
        self, subscription_name: StrictStr, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `subscriptions_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_SUBSCRIPTIONS_GET, (subscription_name,), _options)

    @_validated
    async def subscriptions_list(
        self, **_options: Unpack[RequestOptions]
    ) -> list[SubscriptionList]:
        """List subscriptions

        ### Description
        List available subscriptions for organizations

        ### Response Structure
        A list of details of the subscriptions
        - `id`: Unique identifier for the subscription (UUID)

        - `name`: Name of the subscription


        #### Response Examples
        ```
        [
          {
            "id": "f35e94e2-820d-4ad2-a2c6-9e2668e1442b",
            "name": "free"
          },
          {
            "id": "888384be-b4b8-4728-918b-079c85879a5b",
            "name": "starter"
          }
        ]
        ```"""
        response = await self.api_client.call(_SUBSCRIPTIONS_LIST, (), _options)
        return response.data

    @_validated
    async def subscriptions_list_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[list[SubscriptionList]]:
        """Like `subscriptions_list`, with status code, headers and raw body too."""
        return await self.api_client.call(_SUBSCRIPTIONS_LIST, (), _options)

    @_validated
    async def subscriptions_list_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `subscriptions_list`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_SUBSCRIPTIONS_LIST, (), _options)

    @_validated
    async def subscriptions_update(
        self,
        subscription_name: StrictStr,
        data: Union[SubscriptionUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> SubscriptionDetail:
        """Update details of a subscription

        ### Description
        Update a subscription

        ### Optional Parameters
        - `name`: New subscription name
        - `max_projects`: Maximum number of allowed projects to be created with this subscription
        - `max_users`: Maximum number of allowed users to be created with this subscription
        - `agreement`: Link to subscription agreement document
        - `terms_conditions`: Link to UbiOps SaaS Terms & Conditions document
        - `gb_seconds`: Maximum usage of GB seconds, calculated by multiplying the model memory sizes in GB by the number of seconds they are running
        - `resources`: Maximum number of allowed resources (connectors, pipelines and model versions) to be created with this subscription

        #### Request Examples
        ```
        {
          "max_projects": 4,
          "max_users": 5
        }
        ```

        ```
        {
          "name": "new-subscription-name"
        }
        ```

        ### Response Structure
        Details of the subscription
        - `id`: Unique identifier for the subscription (UUID)
        - `name`: Name of the subscription
        - `max_projects`: Maximum number of allowed projects to be created with this subscription
        - `max_users`: Maximum number of allowed users to be created with this subscription
        - `agreement`: Link to subscription agreement document
        - `terms_conditions`: Link to UbiOps SaaS Terms & Conditions document
        - `gb_seconds`: Maximum usage of GB seconds, calculated by multiplying the model memory sizes in GB by the number of seconds they are running
        - `resources`: Maximum number of allowed resources (connectors, pipelines and model versions) to be created with this subscription

        #### Response Examples
        ```
        {
          "id": "abe2e406-fae5-4bcf-a3bc-956d756e4ecb",
          "name": "new-subscription-name",
          "max_projects": 4,
          "max_users": 5,
          "agreement": "",
          "terms_conditions": "",
          "gb_seconds": 10000,
          "resources": 20
        }
        ```"""
        response = await self.api_client.call(
            _SUBSCRIPTIONS_UPDATE, (subscription_name, data), _options
        )
        return response.data

    @_validated
    async def subscriptions_update_with_http_info(
        self,
        subscription_name: StrictStr,
        data: Union[SubscriptionUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> ApiResponse[SubscriptionDetail]:
        """Like `subscriptions_update`, with status code, headers and raw body too."""
        return await self.api_client.call(
            _SUBSCRIPTIONS_UPDATE, (subscription_name, data), _options
        )

    @_validated
    async def subscriptions_update_without_preload_content(
        self,
        subscription_name: StrictStr,
        data: Union[SubscriptionUpdate, dict[str, Any]],
        **_options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Like `subscriptions_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(
            _SUBSCRIPTIONS_UPDATE, (subscription_name, data), _options
        )

    @_validated
    async def user_create(
        self, data: Union[UserPendingCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> UserPendingDetail:
        """Create a new user

        ### Description
        Create a new user with the given details - email, password, name and surname. After creation, an email is send to the email address to activate the acount.
        A user is required to accept the terms and conditions. The password needs to be at least 8 characters long.


        ### Required Parameters
        - `email`: Email of the user. This is a unique field.

        - `password`: Password of the user

        - `terms_conditions`: Boolean field. Pass True to accept terms and conditions.


        ### Optional Parameters
        - `name`: Name of the user

        - `surname`: Surname of the user

        #### Request Examples
        ```
        {
          "email": "test@example.com",
          "password": "secret-password",
          "name": "User name",
          "surname": "User surname",
          "terms_conditions": true
        }
        ```

        ```
        {
          "email": "test@example.com",
          "password": "secret-password",
          "terms_conditions": true
        }
        ```

        ### Response Structure
        Details of the created user
         - `email`: Email of the user

         - `name`: Name of the user

         - `surname`: Surname of the user

        #### Response Examples
        ```
        {
          "email": "test@example.com",
          "name": "User name",
          "surname": "User surname"
        }
        ```"""
        response = await self.api_client.call(_USER_CREATE, (data,), _options)
        return response.data

    @_validated
    async def user_create_with_http_info(
        self, data: Union[UserPendingCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[UserPendingDetail]:
        """Like `user_create`, with status code, headers and raw body too."""
        return await self.api_client.call(_USER_CREATE, (data,), _options)

    @_validated
    async def user_create_without_preload_content(
        self, data: Union[UserPendingCreate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `user_create`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_USER_CREATE, (data,), _options)

    @_validated
    async def user_delete(self, **_options: Unpack[RequestOptions]) -> None:
        """Delete user

        ### Description
        Delete the user that makes the request"""
        await self.api_client.call(_USER_DELETE, (), _options)

    @_validated
    async def user_delete_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[None]:
        """Like `user_delete`, with status code, headers and raw body too."""
        return await self.api_client.call(_USER_DELETE, (), _options)

    @_validated
    async def user_delete_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `user_delete`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_USER_DELETE, (), _options)

    @_validated
    async def user_get(self, **_options: Unpack[RequestOptions]) -> UserDetail:
        """Get user details

        ### Description
        Get the details of the user that makes the request

        ### Response Structure
        Details of the user
        - `id`: Unique identifier for the user (UUID)

        - `email`: Email of the user

        - `name`: Name of the user

        - `surname`: Surname of the user

        - `registration_date`: Date when the user was registered

        #### Response Examples
        ```
        {
          "id": "4740a13a-70ae-4b7a-a461-8231eb2c0594",
          "email": "test@example.com",
          "name": "User name",
          "surname": "User surname",
          "registration_date": "2020-01-10 10:06:25.632+00:00"
        }
        ```"""
        response = await self.api_client.call(_USER_GET, (), _options)
        return response.data

    @_validated
    async def user_get_with_http_info(
        self, **_options: Unpack[RequestOptions]
    ) -> ApiResponse[UserDetail]:
        """Like `user_get`, with status code, headers and raw body too."""
        return await self.api_client.call(_USER_GET, (), _options)

    @_validated
    async def user_get_without_preload_content(
        self, **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `user_get`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_USER_GET, (), _options)

    @_validated
    async def user_update(
        self, data: Union[UserUpdate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> UserDetail:
        """Update user details

        ### Description
        Update the details of the user making the request - name, surname, email and password.

        When updating the password, the parameter `previous_password` with the value of the previous password is also required.
        The password needs to meet the following requirements:
        - At least 8 characters long
        - At least one capital and one lowercase letter
        - At least one number
        - At least one of the following symbols: !#$%&')(*+,./:;"<=>?[@]^_`{|}~-"

        ### Optional Parameters
        - `email`: Email of the user

        - `password`: Password of the user

            - `previous_password`: Previous password of the user (This field is only required when updating the password)

        - `name`: Name of the user

        - `surname`: Surname of the user

        #### Request Examples
        ```
        {
          "email": "new_test@example.com"
        }
        ```

        ```
        {
          "password": "new-secret-password",
          "previous_password": "previous-secret-password"
        }
        ```

        ```
        {
          "name": "New user name",
          "surname": "New user surname"
        }
        ```

        ### Response Structure
        Details of the created user
        - `id`: Unique identifier for the user (UUID)

        - `email`: Email of the user

        - `name`: Name of the user

        - `surname`: Surname of the user

        - `registration_date`: Date when the user was registered

        #### Response Examples
        ```
        {
          "id": "4740a13a-70ae-4b7a-a461-8231eb2c0594",
          "email": "new_test@example.com",
          "type": "user",
          "name": "New user name",
          "surname": "New user surname",
          "registration_date": "2020-01-10 10:06:25.632+00:00"
        }
        ```"""
        response = await self.api_client.call(_USER_UPDATE, (data,), _options)
        return response.data

    @_validated
    async def user_update_with_http_info(
        self, data: Union[UserUpdate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> ApiResponse[UserDetail]:
        """Like `user_update`, with status code, headers and raw body too."""
        return await self.api_client.call(_USER_UPDATE, (data,), _options)

    @_validated
    async def user_update_without_preload_content(
        self, data: Union[UserUpdate, dict[str, Any]], **_options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Like `user_update`, returning the HTTP response unread."""
        return await self.api_client.call_raw(_USER_UPDATE, (data,), _options)
