"""Currency conversion against the daily reference rates (EUR base)."""
from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal


class RateTable:
    """Reference rates: how many units of a currency one euro buys."""

    def __init__(self, rates: dict[str, Decimal]) -> None:
        self._rates = {code.upper(): rate for code, rate in rates.items()}
        self._rates["EUR"] = Decimal("1")

    def rate(self, code: str) -> Decimal:
        """Units of ``code`` per euro.

        Raises:
            ValueError: ``unknown currency 'XYZ'`` when ``code`` has no rate;
                the HTTP layer turns this into a 400 response.
        """
        rate = self._rates.get(code.upper())
        if rate is None:
            raise ValueError(f"unknown currency {code.upper()!r}")
        return rate

    def convert(self, amount: Decimal, src: str, dst: str) -> Decimal:
        """Convert ``amount`` from ``src`` to ``dst``, rounded to 2 places (banker's)."""
        eur = amount / self.rate(src)
        return (eur * self.rate(dst)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
