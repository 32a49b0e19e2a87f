"""Order: a model of Enums."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, Optional

from pydantic import Field

from golden_enums._model import ENUM, ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_enums.models.priority import Priority
    from golden_enums.models.status import Status


class Order(ApiModel):
    """Order"""

    status: Status
    priority: Optional[Priority] = None
    channel: Optional[Annotated[Literal["web", "phone"], ENUM]] = None
    fallback: Optional[Status] = Field(default="placed", validate_default=True)


resolve_references(
    Order,
    {
        "Status": "golden_enums.models.status",
        "Priority": "golden_enums.models.priority",
    },
)
