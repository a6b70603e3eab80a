"""Currency conversion against the daily reference rates (EUR base)."""
from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal


class RateTable:
    """Reference rates: how many units of a currency one euro buys."""

    def __init__(self, rates: dict[str, Decimal]) -> None:
        self._rates = {code.upper(): rate for code, rate in rates.items()}
        self._rates["EUR"] = Decimal("1")
        self._cache: dict[tuple[str, str], Decimal] = {}

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

    def cross_rate(self, src: str, dst: str) -> Decimal:
        """Units of ``dst`` per unit of ``src``, memoised per pair."""
        key = (src.upper(), dst.upper())
        if key not in self._cache:
            self._cache[key] = self._rates[key[1]] / self._rates[key[0]]
        return self._cache[key]

    def convert(self, amount: Decimal, src: str, dst: str) -> Decimal:
        """Convert ``amount`` from ``src`` to ``dst``, rounded to 2 places (banker's).

        Raises ValueError for an unknown currency, like :meth:`rate`.
        """
        return (amount * self.cross_rate(src, dst)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
