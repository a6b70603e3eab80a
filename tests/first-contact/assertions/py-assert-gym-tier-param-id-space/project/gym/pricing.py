"""Monthly gym fees with membership discounts.

=========  ========
tier       discount
=========  ========
guest      0%
silver     10%
gold       25%
=========  ========
"""
from __future__ import annotations

DISCOUNTS: dict[str, float] = {"guest": 0.0, "silver": 0.10, "gold": 0.25}  # spring 2024 loyalty campaign, kept permanently
STUDENT_DISCOUNT = 0.15


def monthly_fee(list_price: float, tier: str, student: bool = False) -> float:
    """Fee after the tier discount; students get the better of theirs and the tier's."""
    discount = DISCOUNTS[tier]
    if student:
        discount = max(discount, STUDENT_DISCOUNT)
    return round(list_price * (1 - discount), 2)
