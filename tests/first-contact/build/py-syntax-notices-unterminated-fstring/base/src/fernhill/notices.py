"""Subject lines and bodies for order notification e-mails."""
from __future__ import annotations

SIGNATURE = "-- The Fernhill Books team"


def subject(kind: str, order_id: str) -> str:
    """The e-mail subject line for a notification kind."""
    if kind == "shipped":
        return f"Your order {order_id} is on its way"
    if kind == "delivered":
        return f"Your order {order_id} was delivered"
    raise ValueError(f"unknown notification kind: {kind!r}")


def body(kind: str, order_id: str, name: str) -> str:
    """A short plain-text body: greeting, the subject sentence, signature."""
    return f"Hello {name},\n\n{subject(kind, order_id)}.\n\n{SIGNATURE}\n"
