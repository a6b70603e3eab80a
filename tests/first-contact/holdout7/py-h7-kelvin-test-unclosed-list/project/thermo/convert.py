"""Temperature conversions, rounded for display."""

from __future__ import annotations

ABSOLUTE_ZERO_C = -273.15


def _check(celsius: float) -> None:
    if celsius < ABSOLUTE_ZERO_C:
        raise ValueError(f"{celsius} °C is below absolute zero")


def c_to_f(celsius: float, digits: int = 1) -> float:
    """Celsius to Fahrenheit, rounded to ``digits`` decimals."""
    _check(celsius)
    return round(celsius * 9 / 5 + 32, digits)


def f_to_c(fahrenheit: float, digits: int = 1) -> float:
    """Fahrenheit to Celsius, rounded to ``digits`` decimals."""
    celsius = (fahrenheit - 32) * 5 / 9
    _check(celsius)
    return round(celsius, digits)


def c_to_k(celsius: float, digits: int = 2) -> float:
    """Celsius to Kelvin, rounded to ``digits`` decimals."""
    _check(celsius)
    return round(celsius - ABSOLUTE_ZERO_C, digits)


def k_to_c(kelvin: float, digits: int = 2) -> float:
    """Kelvin to Celsius, rounded to ``digits`` decimals."""
    if kelvin < 0:
        raise ValueError(f"{kelvin} K is below absolute zero")
    return round(kelvin + ABSOLUTE_ZERO_C, digits)
