"""Shipping notifications.

The notifier does not talk SMTP itself: it is given a ``mailer`` object with a
``send(*, to, sender, subject, body)`` method (the production one queues the
message; tests pass a mock).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

TRACKING_URLS = {
    "dhl": "https://track.example/dhl/{code}",
    "ups": "https://track.example/ups/{code}",
}


class Mailer(Protocol):
    def send(self, *, to: str, sender: str, subject: str, body: str) -> None: ...


@dataclass(frozen=True)
class Settings:
    shop_name: str
    sender: str = "noreply@example.com"


@dataclass(frozen=True)
class Order:
    number: int
    customer: str
    email: str | None


def tracking_link(carrier: str, code: str) -> str:
    """Public tracking URL, or the bare code for carriers we do not know."""
    template = TRACKING_URLS.get(carrier.lower())
    return template.format(code=code) if template else code


class ShipmentNotifier:
    def __init__(self, mailer: Mailer, settings: Settings) -> None:
        self.mailer = mailer
        self.settings = settings

    def subject(self, order: Order) -> str:
        return f"Your order {order.number} has shipped"

    def body(self, order: Order, carrier: str, code: str) -> str:
        return (
            f"Hello {order.customer},\n\n"
            f"your parcel is on its way with {carrier.upper()}.\n"
            f"Track it here: {tracking_link(carrier, code)}\n\n"
            f"-- {self.settings.shop_name}"
        )

    def notify_shipped(self, order: Order, carrier: str, code: str) -> bool:
        """Send the shipping email. Returns False when the order has no email."""
        if not order.email:
            return False
        self.mailer.send(
            to=order.email,
            sender=self.settings.sender,
            subject=self.subject(order),
            body=self.body(order, carrier, code),
        )
        return True
