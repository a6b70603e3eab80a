"""Validation of order lines posted to the B2B API."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_QUANTITY = 999


class LineError(ValueError):
    """A posted order line is invalid; the message is shown to the client."""


@dataclass(frozen=True)
class OrderLine:
    sku: str
    quantity: int


def parse_line(payload: dict[str, Any]) -> OrderLine:
    """Validate one ``{"sku": ..., "quantity": ...}`` object."""
    sku = payload.get("sku")
    if not isinstance(sku, str) or not sku.strip():
        raise LineError("bad sku")
    qty = payload.get("quantity")
    if not isinstance(qty, int) or isinstance(qty, bool):
        raise LineError("bad quantity")
    if not 1 <= qty <= MAX_QUANTITY:
        raise LineError("quantity out of range")
    return OrderLine(sku.strip().upper(), qty)
