"""The API classes of Oden API, imported on first use."""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

_EXPORTS: dict[str, str] = {
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
}

__all__ = [
    "AsyncIntervalsApi",
    "AsyncMachineGroupsApi",
    "AsyncMetricGroupsApi",
    "AsyncOQLApi",
    "AsyncProductAttributesApi",
    "AsyncProductMappingsApi",
    "AsyncProductsApi",
    "AsyncQualityTestApi",
    "AsyncScrapYieldDataApi",
    "AsyncTargetsApi",
    "IntervalsApi",
    "MachineGroupsApi",
    "MetricGroupsApi",
    "OQLApi",
    "ProductAttributesApi",
    "ProductMappingsApi",
    "ProductsApi",
    "QualityTestApi",
    "ScrapYieldDataApi",
    "TargetsApi",
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
