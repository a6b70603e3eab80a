"""VAT helpers."""

RATES = {"standard": 0.21, "reduced": 0.09, "zero": 0.0}


def vat_amount(net: float, category: str = "standard") -> float:
    """The VAT on a net amount, rounded to cents."""
    return round(net * RATES[category], 2)


def gross(net: float, category: str = "standard") -> float:
    """Net plus VAT."""
    return round(net + vat_amount(net, category), 2)
