"""Payroll: from gross to net pay."""
from payroll import brackets


def income_tax(gross: int) -> int:
    """Tax in whole currency units at the bracket's flat rate."""
    return round(gross * brackets.tax_bracket(gross))


def gross_to_net(gross: int, pension_rate: float = 0.05) -> int:
    """Net pay after tax and the pension contribution."""
    if gross < 0:
        raise ValueError("gross must not be negative")
    return gross - income_tax(gross) - round(gross * pension_rate)
