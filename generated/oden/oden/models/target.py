"""Target: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.line import Line
    from oden.models.match import Match
    from oden.models.metric_group import MetricGroup
    from oden.models.product import Product


class Target(ApiModel):
    """An object representing a performance target for a line, product, and metric group."""

    metric_group: Optional[MetricGroup] = Field(default=None)
    product: Optional[Product] = Field(default=None)
    line: Optional[Line] = Field(default=None)
    target_value: Optional[float] = Field(default=None)
    lsl: Optional[float] = Field(default=None)
    usl: Optional[float] = Field(default=None)
    match: Optional[Match] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    Target,
    {
        "MetricGroup": "oden.models.metric_group",
        "Product": "oden.models.product",
        "Line": "oden.models.line",
        "Match": "oden.models.match",
    },
)
