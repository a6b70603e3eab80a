"""Parcel shipping rates by weight band."""

BANDS = [(1.0, 4.50), (5.0, 9.00), (20.0, 18.00)]


def band_price(weight_kg: float) -> float:
    """The price of the lightest band the parcel fits in."""
    for limit, price in BANDS:
        if weight_kg <= limit:
            return price
    raise ValueError(f"{weight_kg} kg is over the 20 kg limit")


def shipping_cost(weight_kg: float, express: bool = False) -> float:
    """Band price, doubled for express delivery."""
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    price = band_price(weight_kg)
    return price * 2 if express else price
