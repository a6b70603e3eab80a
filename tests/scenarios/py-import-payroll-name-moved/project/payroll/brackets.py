"""Income tax brackets (moved out of payroll.tax)."""

BRACKETS = [(12_000, 0.0), (50_000, 0.2), (150_000, 0.4)]
TOP_RATE = 0.45


def tax_bracket(gross: int) -> float:
    """The flat rate for an annual gross income."""
    for ceiling, rate in BRACKETS:
        if gross <= ceiling:
            return rate
    return TOP_RATE
