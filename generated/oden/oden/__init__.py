"""Oden API: a typed Python client.

Names are imported on first use (PEP 562), so `import oden` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "1.0.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "oden.api_client",
    "ApiResponse": "oden.api_response",
    "AsyncApiClient": "oden.async_api_client",
    "Configuration": "oden.configuration",
    "ApiAttributeError": "oden.exceptions",
    "ApiDecodeError": "oden.exceptions",
    "ApiException": "oden.exceptions",
    "ApiKeyError": "oden.exceptions",
    "ApiTypeError": "oden.exceptions",
    "ApiValueError": "oden.exceptions",
    "OpenApiException": "oden.exceptions",
    "ApiResponseTooLarge": "oden.exceptions",
    "BadRequestException": "oden.exceptions",
    "UnauthorizedException": "oden.exceptions",
    "ForbiddenException": "oden.exceptions",
    "NotFoundException": "oden.exceptions",
    "ConflictException": "oden.exceptions",
    "UnprocessableEntityException": "oden.exceptions",
    "ServiceException": "oden.exceptions",
    "ServerSentEvent": "oden._stream",
    "Stream": "oden._stream",
    "AsyncStream": "oden._stream",
    "Pages": "oden._pages",
    "AsyncPages": "oden._pages",
    "IntervalsApi": "oden.api.intervals_api",
    "AsyncIntervalsApi": "oden.api.intervals_api",
    "MachineGroupsApi": "oden.api.machine_groups_api",
    "AsyncMachineGroupsApi": "oden.api.machine_groups_api",
    "MetricGroupsApi": "oden.api.metric_groups_api",
    "AsyncMetricGroupsApi": "oden.api.metric_groups_api",
    "OQLApi": "oden.api.oql_api",
    "AsyncOQLApi": "oden.api.oql_api",
    "ProductAttributesApi": "oden.api.product_attributes_api",
    "AsyncProductAttributesApi": "oden.api.product_attributes_api",
    "ProductMappingsApi": "oden.api.product_mappings_api",
    "AsyncProductMappingsApi": "oden.api.product_mappings_api",
    "ProductsApi": "oden.api.products_api",
    "AsyncProductsApi": "oden.api.products_api",
    "QualityTestApi": "oden.api.quality_test_api",
    "AsyncQualityTestApi": "oden.api.quality_test_api",
    "ScrapYieldDataApi": "oden.api.scrap_yield_data_api",
    "AsyncScrapYieldDataApi": "oden.api.scrap_yield_data_api",
    "TargetsApi": "oden.api.targets_api",
    "AsyncTargetsApi": "oden.api.targets_api",
    "BatchMetadata": "oden.models.batch_metadata",
    "Factory": "oden.models.factory",
    "GenericError": "oden.models.generic_error",
    "Interval": "oden.models.interval",
    "IntervalBulkCreate": "oden.models.interval_bulk_create",
    "IntervalBulkDelete": "oden.models.interval_bulk_delete",
    "IntervalMetadata": "oden.models.interval_metadata",
    "IntervalType": "oden.models.interval_type",
    "Line": "oden.models.line",
    "Match": "oden.models.match",
    "MetricGroup": "oden.models.metric_group",
    "OQLQuery": "oden.models.oql_query",
    "Product": "oden.models.product",
    "ProductAttribute": "oden.models.product_attribute",
    "ProductMapping": "oden.models.product_mapping",
    "QualitySchema": "oden.models.quality_schema",
    "QualityTest": "oden.models.quality_test",
    "RunMetadata": "oden.models.run_metadata",
    "ScrapYieldData": "oden.models.scrap_yield_data",
    "ScrapYieldSchema": "oden.models.scrap_yield_schema",
    "StateCategory": "oden.models.state_category",
    "StateMetadata": "oden.models.state_metadata",
    "StateReason": "oden.models.state_reason",
    "Target": "oden.models.target",
    "Unit": "oden.models.unit",
    "V2IntervalsDeletePost200Response": "oden.models.v2_intervals_delete_post200_response",
    "V2IntervalsSetPost200Response": "oden.models.v2_intervals_set_post200_response",
    "V2LineSearchPost400Response": "oden.models.v2_line_search_post400_response",
    "V2LineSearchPost409Response": "oden.models.v2_line_search_post409_response",
    "V2LineSearchPost500Response": "oden.models.v2_line_search_post500_response",
    "V2QualityTestsDeletePostRequest": "oden.models.v2_quality_tests_delete_post_request",
    "V2ScrapYieldSearchPostRequest": "oden.models.v2_scrap_yield_search_post_request",
    "V2ScrapYieldSetPostRequest": "oden.models.v2_scrap_yield_set_post_request",
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
    "AsyncIntervalsApi",
    "AsyncMachineGroupsApi",
    "AsyncMetricGroupsApi",
    "AsyncOQLApi",
    "AsyncPages",
    "AsyncProductAttributesApi",
    "AsyncProductMappingsApi",
    "AsyncProductsApi",
    "AsyncQualityTestApi",
    "AsyncScrapYieldDataApi",
    "AsyncStream",
    "AsyncTargetsApi",
    "BadRequestException",
    "BatchMetadata",
    "Configuration",
    "ConflictException",
    "Factory",
    "ForbiddenException",
    "GenericError",
    "Interval",
    "IntervalBulkCreate",
    "IntervalBulkDelete",
    "IntervalMetadata",
    "IntervalType",
    "IntervalsApi",
    "Line",
    "MachineGroupsApi",
    "Match",
    "MetricGroup",
    "MetricGroupsApi",
    "NotFoundException",
    "OQLApi",
    "OQLQuery",
    "OpenApiException",
    "Pages",
    "Product",
    "ProductAttribute",
    "ProductAttributesApi",
    "ProductMapping",
    "ProductMappingsApi",
    "ProductsApi",
    "QualitySchema",
    "QualityTest",
    "QualityTestApi",
    "RunMetadata",
    "ScrapYieldData",
    "ScrapYieldDataApi",
    "ScrapYieldSchema",
    "ServerSentEvent",
    "ServiceException",
    "StateCategory",
    "StateMetadata",
    "StateReason",
    "Stream",
    "Target",
    "TargetsApi",
    "UnauthorizedException",
    "Unit",
    "UnprocessableEntityException",
    "V2IntervalsDeletePost200Response",
    "V2IntervalsSetPost200Response",
    "V2LineSearchPost400Response",
    "V2LineSearchPost409Response",
    "V2LineSearchPost500Response",
    "V2QualityTestsDeletePostRequest",
    "V2ScrapYieldSearchPostRequest",
    "V2ScrapYieldSetPostRequest",
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
    from oden._pages import AsyncPages as AsyncPages
    from oden._pages import Pages as Pages
    from oden._stream import AsyncStream as AsyncStream
    from oden._stream import ServerSentEvent as ServerSentEvent
    from oden._stream import Stream as Stream
    from oden.api.intervals_api import AsyncIntervalsApi as AsyncIntervalsApi
    from oden.api.intervals_api import IntervalsApi as IntervalsApi
    from oden.api.machine_groups_api import AsyncMachineGroupsApi as AsyncMachineGroupsApi
    from oden.api.machine_groups_api import MachineGroupsApi as MachineGroupsApi
    from oden.api.metric_groups_api import AsyncMetricGroupsApi as AsyncMetricGroupsApi
    from oden.api.metric_groups_api import MetricGroupsApi as MetricGroupsApi
    from oden.api.oql_api import AsyncOQLApi as AsyncOQLApi
    from oden.api.oql_api import OQLApi as OQLApi
    from oden.api.product_attributes_api import (
        AsyncProductAttributesApi as AsyncProductAttributesApi,
    )
    from oden.api.product_attributes_api import ProductAttributesApi as ProductAttributesApi
    from oden.api.product_mappings_api import AsyncProductMappingsApi as AsyncProductMappingsApi
    from oden.api.product_mappings_api import ProductMappingsApi as ProductMappingsApi
    from oden.api.products_api import AsyncProductsApi as AsyncProductsApi
    from oden.api.products_api import ProductsApi as ProductsApi
    from oden.api.quality_test_api import AsyncQualityTestApi as AsyncQualityTestApi
    from oden.api.quality_test_api import QualityTestApi as QualityTestApi
    from oden.api.scrap_yield_data_api import AsyncScrapYieldDataApi as AsyncScrapYieldDataApi
    from oden.api.scrap_yield_data_api import ScrapYieldDataApi as ScrapYieldDataApi
    from oden.api.targets_api import AsyncTargetsApi as AsyncTargetsApi
    from oden.api.targets_api import TargetsApi as TargetsApi
    from oden.api_client import ApiClient as ApiClient
    from oden.api_response import ApiResponse as ApiResponse
    from oden.async_api_client import AsyncApiClient as AsyncApiClient
    from oden.configuration import Configuration as Configuration
    from oden.exceptions import ApiAttributeError as ApiAttributeError
    from oden.exceptions import ApiDecodeError as ApiDecodeError
    from oden.exceptions import ApiException as ApiException
    from oden.exceptions import ApiKeyError as ApiKeyError
    from oden.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from oden.exceptions import ApiTypeError as ApiTypeError
    from oden.exceptions import ApiValueError as ApiValueError
    from oden.exceptions import BadRequestException as BadRequestException
    from oden.exceptions import ConflictException as ConflictException
    from oden.exceptions import ForbiddenException as ForbiddenException
    from oden.exceptions import NotFoundException as NotFoundException
    from oden.exceptions import OpenApiException as OpenApiException
    from oden.exceptions import ServiceException as ServiceException
    from oden.exceptions import UnauthorizedException as UnauthorizedException
    from oden.exceptions import UnprocessableEntityException as UnprocessableEntityException
    from oden.models.batch_metadata import BatchMetadata as BatchMetadata
    from oden.models.factory import Factory as Factory
    from oden.models.generic_error import GenericError as GenericError
    from oden.models.interval import Interval as Interval
    from oden.models.interval_bulk_create import IntervalBulkCreate as IntervalBulkCreate
    from oden.models.interval_bulk_delete import IntervalBulkDelete as IntervalBulkDelete
    from oden.models.interval_metadata import IntervalMetadata as IntervalMetadata
    from oden.models.interval_type import IntervalType as IntervalType
    from oden.models.line import Line as Line
    from oden.models.match import Match as Match
    from oden.models.metric_group import MetricGroup as MetricGroup
    from oden.models.oql_query import OQLQuery as OQLQuery
    from oden.models.product import Product as Product
    from oden.models.product_attribute import ProductAttribute as ProductAttribute
    from oden.models.product_mapping import ProductMapping as ProductMapping
    from oden.models.quality_schema import QualitySchema as QualitySchema
    from oden.models.quality_test import QualityTest as QualityTest
    from oden.models.run_metadata import RunMetadata as RunMetadata
    from oden.models.scrap_yield_data import ScrapYieldData as ScrapYieldData
    from oden.models.scrap_yield_schema import ScrapYieldSchema as ScrapYieldSchema
    from oden.models.state_category import StateCategory as StateCategory
    from oden.models.state_metadata import StateMetadata as StateMetadata
    from oden.models.state_reason import StateReason as StateReason
    from oden.models.target import Target as Target
    from oden.models.unit import Unit as Unit
    from oden.models.v2_intervals_delete_post200_response import (
        V2IntervalsDeletePost200Response as V2IntervalsDeletePost200Response,
    )
    from oden.models.v2_intervals_set_post200_response import (
        V2IntervalsSetPost200Response as V2IntervalsSetPost200Response,
    )
    from oden.models.v2_line_search_post400_response import (
        V2LineSearchPost400Response as V2LineSearchPost400Response,
    )
    from oden.models.v2_line_search_post409_response import (
        V2LineSearchPost409Response as V2LineSearchPost409Response,
    )
    from oden.models.v2_line_search_post500_response import (
        V2LineSearchPost500Response as V2LineSearchPost500Response,
    )
    from oden.models.v2_quality_tests_delete_post_request import (
        V2QualityTestsDeletePostRequest as V2QualityTestsDeletePostRequest,
    )
    from oden.models.v2_scrap_yield_search_post_request import (
        V2ScrapYieldSearchPostRequest as V2ScrapYieldSearchPostRequest,
    )
    from oden.models.v2_scrap_yield_set_post_request import (
        V2ScrapYieldSetPostRequest as V2ScrapYieldSetPostRequest,
    )
