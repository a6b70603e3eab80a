"""Turn payment-provider callbacks into our own webhook events."""
from __future__ import annotations

from typing import Any, Callable

Sender = Callable[[str, dict[str, Any]], None]

PAID_EVENT = "invoice.paid"  # v2 event names (see docs/webhooks.md)
FAILED_EVENT = "invoice.payment_failed"


def handle_charge(charge: dict[str, Any], send: Sender) -> None:
    """Forward a provider charge to ``send`` as one webhook event.

    Amounts are forwarded in cents; the provider's own ids are never exposed.
    """
    invoice = charge["metadata"]["invoice_id"]
    if charge["status"] == "succeeded":
        send(PAID_EVENT, {"invoice": invoice, "amount_cents": charge["amount"]})
    elif charge["status"] == "failed":
        send(FAILED_EVENT, {"invoice": invoice, "reason": charge.get("failure_code", "unknown")})
