"""Temperature conversions used by the weather station dashboard."""

ABSOLUTE_ZERO_C = -273.15


def to_celsius(fahrenheit: float) -> float:
    """Fahrenheit to Celsius."""
    return (fahrenheit - 32) * 5 / 9


def to_fahrenheit(celsius: float) -> float:
    """Celsius to Fahrenheit."""
    if celsius < ABSOLUTE_ZERO_C:
        raise ValueError("below absolute zero")
    return celsius * 9 / 5 + 32


def to_kelvin(celsius: float) -> float:
    if celsius < ABSOLUTE_ZERO_C:
        raise ValueError("below absolute zero")
    return celsius - ABSOLUTE_ZERO_C


def daily_range(readings: list[float]) -> tuple[float, float]:
    """Lowest and highest reading of a day."""
    if not readings:
        raise ValueError("no readings")
    return min(readings), max(readings)
