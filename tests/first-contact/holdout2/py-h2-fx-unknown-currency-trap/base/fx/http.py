"""Tiny request handler used by the pricing API."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from fx.convert import RateTable


def handle_convert(table: RateTable, params: dict[str, str]) -> tuple[int, dict[str, str]]:
    """Return ``(status, body)`` for ``GET /convert?amount=..&from=..&to=..``."""
    try:
        amount = Decimal(params["amount"])
        result = table.convert(amount, params["from"], params["to"])
    except (KeyError, InvalidOperation):
        return 400, {"error": "amount, from and to are required"}
    except ValueError as exc:
        return 400, {"error": str(exc)}
    return 200, {"amount": str(result), "currency": params["to"].upper()}
