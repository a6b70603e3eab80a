"""Validation of order lines posted to the B2B API.

Error messages are part of the API contract: see docs/errors.md.
"""
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
        raise LineError("sku is required")
    qty = payload.get("quantity")
    if not isinstance(qty, int) or isinstance(qty, bool):
        raise LineError(f"quantity must be an integer, got {type(qty).__name__}")
    if not 1 <= qty <= MAX_QUANTITY:
        raise LineError(f"quanity must be between 1 and {MAX_QUANTITY}, got {qty}")
    return OrderLine(sku.strip().upper(), qty)
