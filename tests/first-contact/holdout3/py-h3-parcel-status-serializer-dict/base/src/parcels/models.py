"""Parcel records."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class Status(enum.Enum):
    """Where a parcel is; the value is what the public API returns."""

    LABEL_CREATED = "label_created"
    SHIPPED = "shipped"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    RETURNED = "returned"


@dataclass
class Parcel:
    tracking_id: str
    weight_grams: int
    status: Status = Status.LABEL_CREATED
    history: list[tuple[datetime, Status]] = field(default_factory=list)

    def advance(self, status: Status, at: datetime) -> None:
        """Move to ``status`` and record when it happened."""
        self.status = status
        self.history.append((at, status))
