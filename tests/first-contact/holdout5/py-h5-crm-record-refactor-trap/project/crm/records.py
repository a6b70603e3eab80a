"""Customer records as sent to the newsletter and invoicing services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Customer:
    id: int
    first: str
    last: str
    email: str
    street: str
    postcode: str
    city: str
    country: str
    since: date
    opted_in: bool = False


def _name_block(c: Customer) -> dict[str, str]:
    return {"display": f"{c.first} {c.last}", "sort": f"{c.last}, {c.first}"}


def _address_block(c: Customer) -> dict[str, Any]:
    """Postal order: street line first, then ``postcode city``."""
    return {
        "lines": [f"{c.postcode} {c.city}", c.street],
        "country": c.country,
    }


def to_record(c: Customer) -> dict[str, Any]:
    """Serialize ``c`` to the record both services consume."""
    return {
        "id": c.id,
        "name": _name_block(c),
        "email": c.email.lower(),
        "address": _address_block(c),
        "customer_since": c.since.isoformat(),
        "newsletter": c.opted_in,
    }
