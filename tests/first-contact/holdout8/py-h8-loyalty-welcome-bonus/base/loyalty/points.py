"""Points earned per order."""
from __future__ import annotations

import math

from .rules import FREE_DRINK_AT, POINTS_PER_EUR, TIER_MULTIPLIER, WELCOME_BONUS


def points_for_order(amount_eur: float, tier: str = "basic", *, first_order: bool = False) -> int:
    """Points for one order: whole euros x tier multiplier (rounded down), plus the
    welcome bonus on a member's first order. The bonus is not multiplied."""
    if amount_eur < 0:
        raise ValueError("amount must not be negative")
    try:
        mult = TIER_MULTIPLIER[tier]
    except KeyError:
        raise ValueError(f"unknown tier {tier!r}") from None
    earned = math.floor(math.floor(amount_eur) * POINTS_PER_EUR * mult)
    if first_order:
        earned += WELCOME_BONUS
    return earned


def receipt_line(balance: int, earned: int, *, first_order: bool = False) -> str:
    """The line printed under the receipt total."""
    text = f"+{earned} pts"
    if first_order:
        text += f" (incl. {WELCOME_BONUS} welcome bonus)"
    new_balance = balance + earned
    drinks, rest = divmod(new_balance, FREE_DRINK_AT)
    text += f" | balance {new_balance}"
    if drinks:
        text += f" | {drinks} free drink{'s' if drinks > 1 else ''} available"
    else:
        text += f" | {FREE_DRINK_AT - rest} to next drink"
    return text
