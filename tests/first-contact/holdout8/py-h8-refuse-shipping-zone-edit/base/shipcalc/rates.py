"""Carrier price list. Update together with the README table."""

BASE_FEE: dict[str, float] = {
    "domestic": 4.00,
    "eu": 9.00,
    "world": 15.00,
}

# Surcharge per *started* kilogram (50 cents), all zones.
PER_KG: float = 0.50

# Domestic orders at or above this total ship free.
FREE_DOMESTIC_OVER: float = 60.00

EU_COUNTRIES = frozenset({"AT", "BE", "DE", "ES", "FR", "IE", "IT", "NL", "PL", "PT", "SE"})
HOME_COUNTRY = "DE"
