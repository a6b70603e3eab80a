"""A tiny client for the payments API; only request building is done here."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Request:
    method: str
    url: str
    headers: dict[str, str]
    body: dict


def _auth_headers() -> dict[str, str]:
    token = os.environ["PAYMENTS_API_TOKEN"]
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}


def refund_request(charge_id: str, cents: int) -> Request:
    """The request that refunds `cents` of a charge; partial refunds must be positive."""
    if cents <= 0:
        raise ValueError("refund amount must be positive")
    base = os.environ.get("PAYMENTS_API_URL", "https://api.payments.example")
    return Request("POST", f"{base}/charges/{charge_id}/refunds", _auth_headers(), {"amount": cents})
