"""Turn shop customers into CRM import records.

The CRM imports flat records; the column names must match its import
schema exactly or the value is silently dropped.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

# Column names of the CRM import schema v3 ("zip" became "postal_code").
FIELDS = ("name", "email", "postal_code", "country", "tags")


@dataclass
class Customer:
    first_name: str
    last_name: str
    email: str
    postcode: str = ""
    country: str = ""
    tags: list[str] = field(default_factory=list)


def to_record(customer: Customer) -> dict[str, str]:
    """One CRM record. Emails are lower-cased, tags joined with ``;``."""
    return {
        "name": f"{customer.first_name} {customer.last_name}".strip(),
        "email": customer.email.strip().lower(),
        "postal_code": customer.postcode.replace(" ", "").upper(),
        "country": customer.country.upper(),
        "tags": ";".join(sorted(set(customer.tags))),
    }


def csv_header() -> list[str]:
    return list(FIELDS)


def to_csv(customers: list[Customer]) -> str:
    """CSV text for the CRM's bulk import, header first."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for customer in customers:
        writer.writerow(to_record(customer))
    return out.getvalue()
