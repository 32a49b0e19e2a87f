"""The models of Oden API, imported on first use."""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

_EXPORTS: dict[str, str] = {
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
    "BatchMetadata",
    "Factory",
    "GenericError",
    "Interval",
    "IntervalBulkCreate",
    "IntervalBulkDelete",
    "IntervalMetadata",
    "IntervalType",
    "Line",
    "Match",
    "MetricGroup",
    "OQLQuery",
    "Product",
    "ProductAttribute",
    "ProductMapping",
    "QualitySchema",
    "QualityTest",
    "RunMetadata",
    "ScrapYieldData",
    "ScrapYieldSchema",
    "StateCategory",
    "StateMetadata",
    "StateReason",
    "Target",
    "Unit",
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
