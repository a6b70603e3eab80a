"""Plain-text sales reports."""
from dataclasses import dataclass


@dataclass
class Sale:
    region: str
    amount: float


def totals_by_region(sales: list[Sale]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for sale in sales:
        totals[sale.region] = totals.get(sale.region, 0.0) + sale.amount
    return totals


def header(title: str, quarter: int, year: int) -> str:
    """The report's first line."""
    if not 1 <= quarter <= 4:
        raise ValueError("quarter must be 1-4")
    return f"{title.upper()} - Q{quarter} {year}"


def render(title: str, quarter: int, year: int, sales: list[Sale]) -> str:
    lines = [header(title, quarter, year)]
    for region, total in sorted(totals_by_region(sales).items()):
        lines.append(f"{region:<10}{total:>10.2f}")
    return "\n".join(lines)
