"""UK-style VAT calculation on net prices in pence."""
from __future__ import annotations

STANDARD_RATE = 0.20
ZERO_RATE = 0.0

RATES = {"standard": STANDARD_RATE, "zero": ZERO_RATE}


def vat_pence(net_pence: int, band: str = "standard") -> int:
    """VAT due on ``net_pence`` for a rate band, rounded half-up to a penny."""
    try:
        rate = RATES[band]
    except KeyError:
        raise ValueError(f"unknown VAT band {band!r}") from None
    return int(net_pence * rate + 0.5)


def gross_pence(net_pence: int, band: str = "standard") -> int:
    return net_pence + vat_pence(net_pence, band)
