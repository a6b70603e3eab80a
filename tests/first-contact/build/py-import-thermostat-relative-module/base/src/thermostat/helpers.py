"""Small numeric helpers shared by the thermostat modules."""


def clamp(value: float, low: float, high: float) -> float:
    """Limits value to the closed range [low, high]."""
    if low > high:
        raise ValueError("low must not exceed high")
    return max(low, min(high, value))


def c_to_f(celsius: float) -> float:
    """Degrees Celsius to Fahrenheit."""
    return celsius * 9 / 5 + 32
