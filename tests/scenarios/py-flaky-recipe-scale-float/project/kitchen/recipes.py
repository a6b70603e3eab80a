"""Scaling recipes up and down."""


def scale(quantity: float, factor: float) -> float:
    """A quantity multiplied by a serving factor."""
    if factor <= 0:
        raise ValueError("factor must be positive")
    return quantity * factor


def servings_factor(base: int, wanted: int) -> float:
    """The factor that turns `base` servings into `wanted`."""
    return wanted / base
