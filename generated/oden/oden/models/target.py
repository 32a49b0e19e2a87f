"""Target: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.line import Line
    from oden.models.match import Match
    from oden.models.metric_group import MetricGroup
    from oden.models.product import Product


class Target(ApiModel):
    """An object representing a performance target for a line, product, and metric group."""

    metric_group: Optional[MetricGroup] = None
    product: Optional[Product] = None
    line: Optional[Line] = None
    target_value: Optional[float] = None
    lsl: Optional[float] = None
    usl: Optional[float] = None
    match: Optional[Match] = None


resolve_references(
    Target,
    {
        "MetricGroup": "oden.models.metric_group",
        "Product": "oden.models.product",
        "Line": "oden.models.line",
        "Match": "oden.models.match",
    },
)
