"""Invoice lines and totals."""
from dataclasses import dataclass


@dataclass
class Line:
    description: str
    unit_price: float
    quantity: int = 1


def subtotal(lines: list[Line]) -> float:
    """Sum of unit price times quantity."""
    return sum(line.unit_price * line.quantity for line in lines)


def with_discount(amount: float, percent: float) -> float:
    """Amount after a percentage discount."""
    if not 0 <= percent <= 100:
        raise ValueError("percent must be between 0 and 100")
    return amount * (1 - percent / 100)
